package vn.phoyen.workflow.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mails are written to {@code ward_mail_outbox} in the transaction that decides them and sent once it has
 * committed: a step that fails after e-mailing, or that is run again after a conflicting change of its case, e-mails
 * no one twice, and a rolled-back decision e-mails no one at all (ADR 0011).
 * <p>
 * The node whose transaction wrote a row holds it for {@code ward.notification.claim} and sends it right after the
 * commit, on the same thread, so a caller sees its e-mails sent when its call returns. A row not sent by then (the
 * mail server refused it, the node died) is taken by any node's sweep, every {@code ward.notification.retry-interval},
 * tried again after 1, 2, 4 … minutes (at most an hour apart), and given up after {@value #MAX_ATTEMPTS} attempts
 * with an error in the log. Whether a row was sent is written by a thread of the outbox's own right after, never from
 * inside the committed transaction's callback, which still holds its connection: taking a second one there could
 * exhaust the pool under load. A node dying between sending and writing that sends the e-mail again: at least once,
 * never lost.
 */
class MailOutbox implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    static final int MAX_ATTEMPTS = 24;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    private static final int SWEEP_BATCH = 100;
    private static final int ERROR_LENGTH = 1000;

    private final JdbcTemplate jdbc;
    private final MailDelivery delivery;
    private final Clock clock;
    private final Duration claim;
    private final Duration keepSent;
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final ExecutorService recorder = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "mail-outbox");
        thread.setDaemon(true);
        return thread;
    });

    MailOutbox(JdbcTemplate jdbc, MailDelivery delivery, NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.delivery = delivery;
        this.clock = clock;
        this.claim = properties.claim();
        this.keepSent = properties.keepSent();
    }

    /** Sends the mail once the current transaction commits, or at once when there is none. */
    void post(Mail mail) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        jdbc.update("""
                insert into ward_mail_outbox (id, recipient_id, address, name, subject, body, created_at, claimed_until,
                    attempts) values (?, ?, ?, ?, ?, ?, ?, ?, 0)""",
                id, mail.recipientId(), mail.address(), mail.name(), mail.subject(), mail.body(),
                Timestamp.from(now), Timestamp.from(now.plus(claim)));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(id, mail, 0);
                    recordSoon();
                }
            });
        } else {
            deliver(id, mail, 0);
            recordOutcomes();
        }
    }

    /** Sends what no node sent: refused before, or written by a node that died before sending. */
    @Scheduled(fixedDelayString = "${ward.notification.retry-interval:30s}",
            initialDelayString = "${ward.notification.retry-interval:30s}")
    void sendWaiting() {
        recordOutcomes();
        List<Waiting> due = jdbc.query("""
                select id, recipient_id, address, name, subject, body, attempts from ward_mail_outbox
                where sent_at is null and attempts < ? and claimed_until < ? order by created_at
                fetch first %d rows only""".formatted(SWEEP_BATCH),
                (row, n) -> new Waiting(row.getString("id"), new Mail(row.getString("recipient_id"),
                        row.getString("address"), row.getString("name"), row.getString("subject"),
                        row.getString("body")), row.getInt("attempts")),
                MAX_ATTEMPTS, Timestamp.from(clock.instant()));
        for (Waiting waiting : due) {
            if (claim(waiting.id())) {
                deliver(waiting.id(), waiting.mail(), waiting.attempts());
            }
        }
        recordOutcomes();
        jdbc.update("delete from ward_mail_outbox where created_at < ? and (sent_at is not null or attempts >= ?)",
                Timestamp.from(clock.instant().minus(keepSent)), MAX_ATTEMPTS);
    }

    /**
     * Writes down what was sent or refused; what the database did not take is written by the next sweep. One caller
     * at a time, so that on return everything sent before the call is written.
     */
    synchronized void recordOutcomes() {
        for (Outcome outcome = outcomes.poll(); outcome != null; outcome = outcomes.poll()) {
            try {
                outcome.record(jdbc);
            } catch (RuntimeException databaseDown) {
                outcomes.add(outcome);
                log.warn("could not record an e-mail's outcome, trying again: {}", databaseDown.getMessage());
                return;
            }
        }
    }

    private void recordSoon() {
        try {
            recorder.execute(this::recordOutcomes);
        } catch (RejectedExecutionException shuttingDown) {
            // close() writes what is left
            log.debug("outbox closing: outcome left for close()");
        }
    }

    /** E-mails not sent yet and still being tried. */
    long waiting() {
        return jdbc.queryForObject("select count(*) from ward_mail_outbox where sent_at is null and attempts < ?",
                Long.class, MAX_ATTEMPTS);
    }

    /** E-mails given up after their last attempt, until deleted with the old ones. */
    long givenUp() {
        return jdbc.queryForObject("select count(*) from ward_mail_outbox where sent_at is null and attempts >= ?",
                Long.class, MAX_ATTEMPTS);
    }

    @Override
    public void close() {
        recorder.shutdown();
        recordOutcomes();
    }

    /** Only one node takes a row: the one whose update still finds its claim expired. */
    private boolean claim(String id) {
        Instant now = clock.instant();
        return jdbc.update("update ward_mail_outbox set claimed_until = ? where id = ? and sent_at is null"
                + " and claimed_until < ?", Timestamp.from(now.plus(claim)), id, Timestamp.from(now)) == 1;
    }

    private void deliver(String id, Mail mail, int attemptsBefore) {
        try {
            delivery.send(mail);
            outcomes.add(new Sent(id, clock.instant()));
        } catch (RuntimeException refused) {
            int attempts = attemptsBefore + 1;
            Instant retry = clock.instant().plus(waitAfter(attempts));
            if (attempts >= MAX_ATTEMPTS) {
                log.error("e-mail to {} about '{}' given up after {} attempts: {}", mail.recipientId(),
                        mail.subject(), attempts, refused.getMessage());
            } else {
                log.warn("e-mail to {} about '{}' not sent (attempt {}), trying again at {}: {}", mail.recipientId(),
                        mail.subject(), attempts, retry, refused.getMessage());
            }
            outcomes.add(new Refused(id, attempts, retry, String.valueOf(refused.getMessage())));
        }
    }

    /** 1, 2, 4 … minutes after the attempt, at most an hour. */
    static Duration waitAfter(int attempts) {
        int doublings = Math.min(attempts - 1, 6);
        Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    private record Waiting(String id, Mail mail, int attempts) {
    }

    private sealed interface Outcome permits Sent, Refused {
        void record(JdbcTemplate jdbc);
    }

    private record Sent(String id, Instant at) implements Outcome {
        @Override
        public void record(JdbcTemplate jdbc) {
            jdbc.update("update ward_mail_outbox set sent_at = ?, claimed_until = null where id = ?",
                    Timestamp.from(at), id);
        }
    }

    private record Refused(String id, int attempts, Instant retry, String error) implements Outcome {
        @Override
        public void record(JdbcTemplate jdbc) {
            jdbc.update("update ward_mail_outbox set attempts = ?, claimed_until = ?, last_error = ? where id = ?",
                    attempts, Timestamp.from(retry), error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH)
                            : error, id);
        }
    }
}
