package vn.phoyen.workflow.organization;

import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(OrganizationProperties.class)
class OrganizationConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(OrganizationConfiguration.class);

    @Bean
    Organization organization(OrganizationProperties properties) {
        return new OrganizationReader().read(properties.units(), properties.members());
    }

    @Bean
    ResidentialGroups residentialGroups(Organization organization) {
        return new ResidentialGroups(ResidentialGroupFile.read(ResidentialGroupFile.LOCATION, organization));
    }

    /** Runs once the engine has deployed the models and before the web server takes requests. */
    @Bean
    SmartInitializingSingleton organizationIntoEngine(Organization organization, OrganizationProperties properties,
                                                      ProcessEngine engine) {
        return () -> {
            IdentitySynchronizer identities = new IdentitySynchronizer(engine.getIdentityService());
            identities.synchronize(organization);
            if (properties.administrator().configured()) {
                identities.ensureAdministrator(properties.administrator().id(), properties.administrator().password());
            } else if (organization.members().stream().noneMatch(member -> member.position() == Position.ADMINISTRATOR)) {
                LOG.warn("Chưa có quản trị viên: đặt WARD_ADMIN_PASSWORD để tạo tài khoản quản trị");
            }
            new AccessPolicy(engine.getAuthorizationService(), engine.getRepositoryService())
                    .apply(organization, properties.monitoredProcessKeys(), properties.caseIntake());
        };
    }
}
