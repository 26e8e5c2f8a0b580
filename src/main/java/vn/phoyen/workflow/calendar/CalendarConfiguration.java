package vn.phoyen.workflow.calendar;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import vn.phoyen.workflow.calendar.engine.ProvisionalCountLedger;

/**
 * Builds the calendar at start-up from the notices in the jar and in the administrator's directory, so a bad file
 * stops the application with its name and line.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WardCalendarProperties.class)
class CalendarConfiguration {

    @Bean
    WorkingCalendar workingCalendar(WardCalendarProperties properties, JdbcTemplate jdbc) {
        return new WorkingCalendar(HolidayFiles.readAll(HolidayFiles.CLASSPATH_DIRECTORY,
                properties.directory().toUri().toString().replaceFirst("/$", "")), new ProvisionalCountLedger(jdbc));
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

    @Bean
    CalendarNotices calendarNotices(WorkingCalendar workingCalendar, WardCalendarProperties properties, JdbcTemplate jdbc,
            RuntimeService runtime, TaskService tasks, ManagementService management, ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        return new CalendarNotices(workingCalendar, properties.directory(),
                new DeadlineRevision(jdbc, workingCalendar, runtime, tasks, management, events, transactions));
    }
}
