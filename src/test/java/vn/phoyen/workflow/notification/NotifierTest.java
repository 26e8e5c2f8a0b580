package vn.phoyen.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import vn.phoyen.workflow.WardTablesInMemory;

@ExtendWith(OutputCaptureExtension.class)
class NotifierTest {

    private static final String SUBJECT = "Báo cáo quý III – Nhiệm vụ 4 đã quá hạn";

    private static final String BODY = """
            Kính gửi đồng chí,
            Báo cáo kết quả thực hiện nhiệm vụ 4 (quý III) đã quá hạn 3 ngày. Đề nghị khẩn trương hoàn thành.""";

    private static final String FROM = "UBND phường Phổ Yên <no-reply@phoyen.local>";

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static ProcessEngine engine;

    private final NotificationProperties enabled = OutboxSettings.properties(true, FROM);

    private final NotificationProperties disabled = OutboxSettings.properties(false, FROM);

    private final JdbcTemplate jdbc = WardTablesInMemory.create();

    private RecipientDirectory directory;

    @BeforeAll
    static void startEngine() {
        engine = WardStaffEngine.start();
    }

    @AfterAll
    static void closeEngine() {
        engine.close();
    }

    @BeforeEach
    void runAsUserWithoutIdentityPermissions() {
        engine.getIdentityService().setAuthenticatedUserId(WardStaffEngine.OUTSIDER);
        directory = new CamundaRecipientDirectory(engine);
    }

    @AfterEach
    void clearAuthentication() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void userGetsOneMailWithVietnameseTextIntact() throws Exception {
        notifier(mailSenderAt(mailServer.getSmtp().getPort()), enabled)
            .notifyUser("nguyenvanan", SUBJECT, BODY);

        MimeMessage[] mails = mailServer.getReceivedMessages();
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails[0];
        assertThat(mail.getSubject()).isEqualTo(SUBJECT);
        // SMTP transmits lines with CRLF
        assertThat((String) mail.getContent()).isEqualToNormalizingNewlines(BODY);
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        // the raw header must be an RFC 2047 encoded word, not raw 8-bit text that mail servers mangle
        assertThat(mail.getHeader("Subject")[0]).startsWithIgnoringCase("=?UTF-8?").isASCII();
        assertThat(mail.getHeader("From")[0]).isASCII();
        assertThat(onlyAddress(mail.getFrom())).isEqualTo(new InternetAddress(FROM, true));
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("UBND phường Phổ Yên");
        assertThat(onlyAddress(mail.getRecipients(RecipientType.TO)).getAddress()).isEqualTo("an.nv@phoyen.local");
        assertThat(onlyAddress(mail.getRecipients(RecipientType.TO)).getPersonal()).isEqualTo("Nguyễn Văn An");
        assertThat(mail.getAllRecipients()).hasSize(1);
    }

    @Test
    void groupMembersWithEmailEachGetTheirOwnMail() throws Exception {
        notifier(mailSenderAt(mailServer.getSmtp().getPort()), enabled)
            .notifyGroup("vhxh", SUBJECT, BODY);

        MimeMessage[] mails = mailServer.getReceivedMessages();
        assertThat(mails).hasSize(2);
        for (MimeMessage mail : mails) {
            assertThat(mail.getAllRecipients()).as("members must not see each other's addresses").hasSize(1);
            assertThat(mail.getSubject()).isEqualTo(SUBJECT);
        }
        assertThat(mails).extracting(mail -> onlyAddress(mail.getAllRecipients()).getAddress())
            .containsExactlyInAnyOrder("bich.tt@phoyen.local", "cuc.lt@phoyen.local");
    }

    @Test
    void anAddressOutsideTheStaffGetsOneMailWithVietnameseTextIntact() throws Exception {
        notifier(mailSenderAt(mailServer.getSmtp().getPort()), enabled)
            .notifyAddress("hoa.tt@example.vn", SUBJECT, BODY);

        MimeMessage[] mails = mailServer.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo(SUBJECT);
        assertThat((String) mails[0].getContent()).isEqualToNormalizingNewlines(BODY);
        assertThat(onlyAddress(mails[0].getAllRecipients()).getAddress()).isEqualTo("hoa.tt@example.vn");
        assertThat(onlyAddress(mails[0].getAllRecipients()).getPersonal()).isNull();
    }

    @Test
    void somethingThatIsNoAddressIsRejectedAndNothingIsSent() {
        Notifier notifier = notifier(mailSenderAt(mailServer.getSmtp().getPort()), enabled);

        assertThatIllegalArgumentException().isThrownBy(() -> notifier.notifyAddress("0912 345 678", SUBJECT, BODY))
            .withMessageContaining("0912 345 678");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> notifier.notifyAddress("a@example.vn, b@example.vn", SUBJECT, BODY));
        assertThat(mailServer.getReceivedMessages()).isEmpty();
    }

    @Test
    void unknownUserIsRejectedByName() {
        Notifier notifier = notifier(mailSenderAt(mailServer.getSmtp().getPort()), enabled);

        assertThatIllegalArgumentException().isThrownBy(() -> notifier.notifyUser("nguyenvanxx", SUBJECT, BODY))
            .withMessageContaining("nguyenvanxx");
        assertThat(mailServer.getReceivedMessages()).isEmpty();
    }

    @Test
    void unknownGroupIsRejectedByName() {
        Notifier notifier = notifier(mailSenderAt(mailServer.getSmtp().getPort()), enabled);

        assertThatIllegalArgumentException().isThrownBy(() -> notifier.notifyGroup("vhxhh", SUBJECT, BODY))
            .withMessageContaining("vhxhh");
        assertThat(mailServer.getReceivedMessages()).isEmpty();
    }

    @Test
    void disabledNotifierOnlyLogsWhoWouldBeNotified(CapturedOutput output) {
        Notifier notifier = notifier(mailSenderAt(mailServer.getSmtp().getPort()), disabled);

        notifier.notifyUser("nguyenvanan", SUBJECT, BODY);
        notifier.notifyGroup("vhxh", SUBJECT, BODY);

        assertThat(mailServer.getReceivedMessages()).isEmpty();
        assertThat(output).contains("e-mail disabled: would notify nguyenvanan about " + SUBJECT)
            .contains("e-mail disabled: would notify tranthibich about " + SUBJECT)
            .contains("e-mail disabled: would notify lethicuc about " + SUBJECT)
            .doesNotContain("Kính gửi");
    }

    @Test
    void disabledNotifierNeedsNoMailServer() {
        notifier(null, disabled).notifyUser("nguyenvanan", SUBJECT, BODY);

        assertThat(mailServer.getReceivedMessages()).isEmpty();
    }

    @Test
    void enabledNotifierWithoutMailServerFailsAtStartup() {
        assertThatIllegalStateException().isThrownBy(() -> notifier(null, enabled))
            .withMessageContaining("spring.mail.host");
    }

    @Test
    void invalidFromAddressFailsAtStartup() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> notifier(null, OutboxSettings.properties(false, "UBND phường")))
            .withMessageContaining("ward.notification.from");
    }

    @Test
    void aMailServerThatRefusesFailsNothingAndTheMailWaitsInTheOutbox() throws IOException {
        notifier(mailSenderAt(closedPort()), enabled).notifyUser("nguyenvanan", SUBJECT, BODY);

        assertThat(jdbc.queryForMap("select address, attempts, last_error, sent_at from ward_mail_outbox"))
            .containsEntry("ADDRESS", "an.nv@phoyen.local").containsEntry("ATTEMPTS", 1).containsEntry("SENT_AT", null)
            .hasEntrySatisfying("LAST_ERROR", error -> assertThat((String) error).contains("nguyenvanan"));
    }

    private Notifier notifier(JavaMailSenderImpl mailSender, NotificationProperties properties) {
        return new Notifier(directory, new MailOutbox(jdbc, new MailDelivery(mailSender, properties), properties,
                Clock.systemUTC()));
    }

    private static JavaMailSenderImpl mailSenderAt(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return sender;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static InternetAddress onlyAddress(Address[] addresses) {
        assertThat(addresses).hasSize(1);
        return (InternetAddress) addresses[0];
    }
}
