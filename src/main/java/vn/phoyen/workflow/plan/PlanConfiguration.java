package vn.phoyen.workflow.plan;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.ResidentialGroups;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlanProperties.class)
class PlanConfiguration {

    @Bean
    PlanSchedule planScheduleRules(WorkingCalendar calendar, PlanProperties properties) {
        return new PlanSchedule(calendar, properties);
    }

    /** The name models use, e.g. {@code ${planSchedule.reportDue(period)}}. */
    @Bean(name = "planSchedule")
    PlanScheduleExpressions planSchedule(PlanSchedule schedule) {
        return new PlanScheduleExpressions(schedule);
    }

    @Bean
    PlanYearReader planYearReader(Organization organization) {
        return new PlanYearReader(organization);
    }

    @Bean
    PlanCatalog planCatalog(PlanYearReader reader, PlanEditionStore editions) {
        return new PlanCatalog(reader, editions);
    }

    @Bean
    PlanLauncher planLauncher(PlanCatalog catalog, PlanSchedule schedule, Organization organization,
                              ResidentialGroups residentialGroups, ProcessEngine engine,
                              PlatformTransactionManager transactionManager) {
        // the engine runs in Spring's transactions, so the template makes all the starts of a launch one transaction
        return new PlanLauncher(catalog, schedule, organization,
                residentialGroups.all(),
                new CamundaPlanTaskStarter(engine), new TransactionTemplate(transactionManager));
    }
}
