package vn.phoyen.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

import vn.phoyen.workflow.WardTablesInMemory;

/**
 * Wiring of the package with Spring Boot's mail auto-configuration, without starting the whole application.
 */
class NotificationConfigurationTest {

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static ProcessEngine engine;

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
        .withUserConfiguration(NotificationConfiguration.class, CamundaRecipientDirectory.class)
        .withBean(ProcessEngine.class, () -> engine)
        .withBean(JdbcTemplate.class, WardTablesInMemory::create);

    @BeforeAll
    static void startEngine() {
        engine = WardStaffEngine.start();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @Test
    void startsDisabledWithoutMailServer() {
        contextRunner.run(context -> {
            assertThat(context).hasNotFailed()
                .hasSingleBean(Notifier.class)
                .hasSingleBean(CamundaRecipientDirectory.class)
                .doesNotHaveBean(JavaMailSender.class);
            assertThat(context.getBean(NotificationProperties.class))
                .isEqualTo(OutboxSettings.properties(false, "UBND phường Phổ Yên <no-reply@phoyen.local>"));
        });
    }

    @Test
    void enabledWithoutMailServerFailsWithClearMessage() {
        contextRunner.withPropertyValues("ward.notification.enabled=true").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("spring.mail.host");
        });
    }

    @Test
    void enabledSendsThroughSpringMailServer() {
        contextRunner
            .withPropertyValues("ward.notification.enabled=true",
                    "ward.notification.from=Văn phòng HĐND-UBND phường <vanphong@phoyen.local>",
                    "spring.mail.host=127.0.0.1", "spring.mail.port=" + mailServer.getSmtp().getPort())
            .run(context -> {
                context.getBean(Notifier.class).notifyUser("nguyenvanan", "Nhiệm vụ mới", "Đồng chí được giao nhiệm vụ 4.");

                MimeMessage[] mails = mailServer.getReceivedMessages();
                assertThat(mails).hasSize(1);
                InternetAddress from = (InternetAddress) mails[0].getFrom()[0];
                assertThat(from.getAddress()).isEqualTo("vanphong@phoyen.local");
                assertThat(from.getPersonal()).isEqualTo("Văn phòng HĐND-UBND phường");
            });
    }
}
