package vn.phoyen.workflow.escalation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phoyen.workflow.notification.Notifier;
import vn.phoyen.workflow.organization.Organization;

@Configuration(proxyBeanMethods = false)
class EscalationConfiguration {

    @Bean
    Escalation planEscalation(Notifier notifier, Organization organization) {
        return new Escalation(notifier, organization);
    }
}
