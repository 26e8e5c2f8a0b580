package vn.phoyen.workflow.calendar;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the calendar from the classpath data at start-up, so a bad data file stops the application. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WardCalendarProperties.class)
class CalendarConfiguration {

    @Bean
    WorkingCalendar workingCalendar() {
        return new WorkingCalendar(HolidayFiles.readAll(HolidayFiles.DIRECTORY));
    }

    @Bean
    StatutoryPeriods statutoryPeriods(WorkingCalendar workingCalendar, WardCalendarProperties properties) {
        return new StatutoryPeriods(StatutoryPeriodFile.read(StatutoryPeriodFile.LOCATION), workingCalendar,
                properties.periodOverrides());
    }

    /** The name BPMN expressions use, e.g. {@code ${wardCalendar.workingDaysFromNow(5)}}. */
    @Bean(name = "wardCalendar")
    ProcessDeadlines wardCalendar(WorkingCalendar workingCalendar, StatutoryPeriods statutoryPeriods) {
        return new ProcessDeadlines(workingCalendar, statutoryPeriods);
    }
}
