package vn.phoyen.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.WardClock;

/** Camunda stays at the edges, so a later move to a maintained fork (Operaton, CIB seven) is mechanical. */
@AnalyzeClasses(packages = "vn.phoyen.workflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainRulesDoNotKnowTheEngine = noClasses()
            .that().resideInAnyPackage("..calendar..", "..referencedata..")
            // the calendar's edges: the kept provisional counts (its engine package), their revision, the wiring and
            // the administrator's API, which reads who is logged in
            .and().resideOutsideOfPackage("..calendar.engine..")
            .and().doNotHaveSimpleName("DeadlineRevision").and().doNotHaveSimpleName("CalendarConfiguration")
            .and().doNotHaveSimpleName("CalendarNoticeController")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule engineInternalsOnlyInAdapters = noClasses()
            .that().resideOutsideOfPackages("vn.phoyen.workflow.platform..", "vn.phoyen.workflow.process..",
                    "vn.phoyen.workflow.*.engine..")
            .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
            .because("a move to a fork of the engine must stay a change of imports in the adapter packages (ADR 0003)");

    @ArchTest
    static final ArchRule onlyTheWardClockReadsTheEngineClock = noClasses()
            .that().doNotBelongToAnyOf(WardClock.class)
            .should().dependOnClassesThat().belongToAnyOf(ClockUtil.class)
            .because("tests move the engine's clock, and every deadline, record and figure must move with it (ADR 0003)");

    @ArchTest
    static final ArchRule onlyCurrentStaffReadsTheEngineAuthentication = noClasses()
            .that().doNotBelongToAnyOf(CurrentStaff.class)
            .should().dependOnClassesThat().belongToAnyOf(Authentication.class)
            // the call alone, its result kept but not used, is no dependency on the class in the byte code
            .orShould().callMethod(IdentityService.class, "getCurrentAuthentication")
            .because("who is logged in is read in one place (ADR 0003)");

    @ArchTest
    static final ArchRule notificationsReachTheEngineOnlyThroughTheirDirectory = noClasses()
            .that().resideInAPackage("..notification..").and().doNotHaveSimpleName("CamundaRecipientDirectory")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule capabilitiesDoNotDependOnEachOtherInCycles = slices()
            .matching("vn.phoyen.workflow.(*)..").should().beFreeOfCycles();
}
