package vn.phoyen.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Camunda stays at the edges, so a later move to a maintained fork (Operaton, CIB seven) is mechanical. */
@AnalyzeClasses(packages = "vn.phoyen.workflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainRulesDoNotKnowTheEngine = noClasses()
            .that().resideInAnyPackage("..calendar..", "..referencedata..")
            // the calendar's edges: expressions, the kept provisional counts, their revision, the administrator's API
            .and().doNotHaveSimpleName("ProcessDeadlines").and().doNotHaveSimpleName("ProvisionalCountLedger")
            .and().doNotHaveSimpleName("DeadlineRevision").and().doNotHaveSimpleName("CalendarConfiguration")
            .and().doNotHaveSimpleName("CalendarNoticeController")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule notificationsReachTheEngineOnlyThroughTheirDirectory = noClasses()
            .that().resideInAPackage("..notification..").and().doNotHaveSimpleName("CamundaRecipientDirectory")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule capabilitiesDoNotDependOnEachOtherInCycles = slices()
            .matching("vn.phoyen.workflow.(*)..").should().beFreeOfCycles();
}
