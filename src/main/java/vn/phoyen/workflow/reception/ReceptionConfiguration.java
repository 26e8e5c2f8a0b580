package vn.phoyen.workflow.reception;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phoyen.workflow.calendar.WorkingCalendar;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReceptionProperties.class)
class ReceptionConfiguration {

    @Bean
    ReceptionSchedule receptionSchedule(WorkingCalendar calendar, ReceptionProperties properties) {
        return new ReceptionSchedule(calendar, properties.weekday());
    }
}
