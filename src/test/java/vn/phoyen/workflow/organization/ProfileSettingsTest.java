package vn.phoyen.workflow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** What the profiles give the organisation: demo users only in the default profile, none in production. */
class ProfileSettingsTest {

    @Test
    void theDefaultProfileLoadsTheDemoUsers() throws IOException {
        OrganizationProperties settings = organizationSettings(false);

        assertThat(settings.members()).extracting(member -> member.getFilename()).containsExactly("demo-members.csv");
        assertThat(settings.caseIntake()).containsKey("vp");
    }

    @Test
    void thePostgresProfileLoadsNoUsersAndNoPasswordUnlessTheEnvironmentGivesThem() throws IOException {
        OrganizationProperties settings = organizationSettings(true);

        assertThat(settings.members()).isEmpty();
        assertThat(settings.administrator().configured()).isFalse();
        assertThat(settings.units().getFilename()).isEqualTo("units.csv");
    }

    private static OrganizationProperties organizationSettings(boolean postgres) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        YamlPropertySourceLoader yaml = new YamlPropertySourceLoader();
        yaml.load("application", new ClassPathResource("application.yaml"))
                .forEach(environment.getPropertySources()::addLast);
        if (postgres) {
            yaml.load("application-postgres", new ClassPathResource("application-postgres.yaml"))
                    .forEach(environment.getPropertySources()::addFirst);
        }
        return Binder.get(environment).bind("ward.organization", OrganizationProperties.class).get();
    }
}
