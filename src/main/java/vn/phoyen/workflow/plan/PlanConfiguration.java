package vn.phoyen.workflow.plan;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phoyen.workflow.calendar.WorkingCalendar;

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
}
