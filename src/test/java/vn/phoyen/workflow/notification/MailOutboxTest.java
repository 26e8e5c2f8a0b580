package vn.phoyen.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoyen.workflow.MutableClock;
import vn.phoyen.workflow.WardTablesInMemory;

/**
 * The outbox: an e-mail is sent once the transaction that wrote it commits, never by one that rolls back; what was
 * not sent (refused, or left by a node that died) is sent by the sweep once its holder's claim has passed, once.
 */
class MailOutboxTest {

    private static final String FROM = "UBND phường Phổ Yên <no-reply@phoyen.local>";
    private static final Mail ANSWER = new Mail("hoa.tt@example.vn", "hoa.tt@example.vn", null,
            "Trả lời phản ánh PA-2026-0001", "Kính gửi bà Hoa, UBND phường trả lời như sau …");

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final JdbcTemplate jdbc = WardTablesInMemory.create();
    private final TransactionTemplate transaction =
            new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T02:00:00Z"));
    private final NotificationProperties properties = OutboxSettings.properties(true, FROM);

    @Test
    void aMailIsSentOnlyOnceItsTransactionHasCommitted() {
        MailOutbox outbox = outbox(mailServer.getSmtp().getPort());

        transaction.executeWithoutResult(status -> {
            outbox.post(ANSWER);
            assertThat(mailServer.getReceivedMessages()).as("not before the commit").isEmpty();
        });

        assertThat(mailServer.getReceivedMessages()).hasSize(1);
        outbox.recordOutcomes();
        assertThat(jdbc.queryForObject("select count(*) from ward_mail_outbox where sent_at is not null",
                Integer.class)).isOne();
        clock.advance(Duration.ofHours(1));
        outbox.sendWaiting();
        assertThat(mailServer.getReceivedMessages()).as("a sent mail is never swept again").hasSize(1);
    }

    @Test
    void aTransactionThatRollsBackSendsNothingAndLeavesNothing() {
        MailOutbox outbox = outbox(mailServer.getSmtp().getPort());

        assertThatIllegalStateException().isThrownBy(() -> transaction.executeWithoutResult(status -> {
            outbox.post(ANSWER);
            throw new IllegalStateException("the step failed after e-mailing (a conflicting change of its case)");
        }));
        clock.advance(Duration.ofHours(1));
        outbox.sendWaiting();

        assertThat(mailServer.getReceivedMessages()).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from ward_mail_outbox", Integer.class)).isZero();
    }

    @Test
    void aRefusedMailIsTriedAgainAfterAMinuteThenTwoThenFour() throws IOException {
        MailOutbox refusing = outbox(closedPort());
        transaction.executeWithoutResult(status -> refusing.post(ANSWER));
        refusing.recordOutcomes();
        assertThat(row("attempts")).isEqualTo(1);
        assertThat(row("last_error").toString()).contains("hoa.tt@example.vn");
        assertThat(refusing.waiting()).isOne();

        clock.advance(Duration.ofSeconds(59));
        refusing.sendWaiting();
        assertThat(row("attempts")).as("not before the minute").isEqualTo(1);
        clock.advance(Duration.ofSeconds(2));
        refusing.sendWaiting();
        assertThat(row("attempts")).isEqualTo(2);

        MailOutbox working = outbox(mailServer.getSmtp().getPort());
        clock.advance(Duration.ofSeconds(119));
        working.sendWaiting();
        assertThat(mailServer.getReceivedMessages()).as("two minutes after the second attempt").isEmpty();
        clock.advance(Duration.ofSeconds(2));
        working.sendWaiting();
        assertThat(mailServer.getReceivedMessages()).hasSize(1);
        assertThat(row("sent_at")).isNotNull();
        assertThat(working.waiting()).isZero();
    }

    @Test
    void aMailLeftByANodeThatDiedIsSentByAnotherOnceItsClaimHasPassed() {
        // the dead node committed the row and died before its after-commit send
        jdbc.update("""
                insert into ward_mail_outbox (id, recipient_id, address, subject, body, created_at, claimed_until)
                values ('left', 'hoa.tt@example.vn', 'hoa.tt@example.vn', 'Trả lời', 'Kính gửi', ?, ?)""",
                java.sql.Timestamp.from(clock.instant()), java.sql.Timestamp.from(clock.instant().plus(
                        properties.claim())));
        MailOutbox otherNode = outbox(mailServer.getSmtp().getPort());
        MailOutbox thirdNode = outbox(mailServer.getSmtp().getPort());

        clock.advance(properties.claim().minusSeconds(1));
        otherNode.sendWaiting();
        assertThat(mailServer.getReceivedMessages()).as("still its writer's to send").isEmpty();

        clock.advance(Duration.ofSeconds(2));
        otherNode.sendWaiting();
        thirdNode.sendWaiting();
        assertThat(mailServer.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMailIsGivenUpAfterItsLastAttemptAndDeletedWithTheSentOnes() throws IOException {
        MailOutbox refusing = outbox(closedPort());
        transaction.executeWithoutResult(status -> refusing.post(ANSWER));
        for (int attempt = 2; attempt <= MailOutbox.MAX_ATTEMPTS + 1; attempt++) {
            clock.advance(Duration.ofHours(1).plusSeconds(1));
            refusing.sendWaiting();
        }
        assertThat(row("attempts")).isEqualTo(MailOutbox.MAX_ATTEMPTS);
        assertThat(refusing.waiting()).isZero();
        assertThat(refusing.givenUp()).isOne();

        clock.advance(properties.keepSent());
        refusing.sendWaiting();
        assertThat(jdbc.queryForObject("select count(*) from ward_mail_outbox", Integer.class)).isZero();
    }

    @Test
    void theWaitDoublesFromAMinuteToAtMostAnHour() {
        assertThat(MailOutbox.waitAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailOutbox.waitAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(MailOutbox.waitAfter(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(MailOutbox.waitAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(MailOutbox.waitAfter(MailOutbox.MAX_ATTEMPTS)).isEqualTo(Duration.ofHours(1));
    }

    private MailOutbox outbox(int smtpPort) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtpPort);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        return new MailOutbox(jdbc, new MailDelivery(sender, properties), properties, clock);
    }

    private Object row(String column) {
        return jdbc.queryForObject("select " + column + " from ward_mail_outbox", Object.class);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
