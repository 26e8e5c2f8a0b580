package vn.phoyen.workflow.plan.escalation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.phoyen.workflow.notification.Notifier;
import vn.phoyen.workflow.organization.Organization;

@Configuration(proxyBeanMethods = false)
class EscalationConfiguration {

    @Bean
    PlanEscalation planEscalation(Notifier notifier, Organization organization) {
        return new PlanEscalation(notifier, organization);
    }
}
