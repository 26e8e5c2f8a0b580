package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import vn.phoyen.workflow.process.web.DatabaseOutage;

/**
 * An outage is recognised by its cause however the engine, MyBatis, Spring or Camunda's REST wrapped it, and only an
 * outage: a refusal, a conflict or a broken constraint keep their own answers. Camunda's REST and the webapps' APIs
 * answer it 503 with {@code Retry-After}.
 */
class DatabaseOutageAnswersTest {

    /** What PostgreSQL's driver throws when the server refuses the connection (SQL state 08001). */
    private static final SQLException REFUSED = new SQLException("Connection to localhost:5432 refused", "08001",
            new ConnectException("Connection refused"));

    @Test
    void anOutageIsKnownByItsCauseHoweverWrapped() {
        assertThat(DatabaseOutage.causedBy(new ProcessEngineException("An exception occurred in the persistence layer",
                new PersistenceException(new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 5000ms", REFUSED)))))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new RestException(Status.INTERNAL_SERVER_ERROR,
                new ProcessEngineException("Cannot complete task", REFUSED), "Cannot complete task"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection")))
                .isTrue();
        assertThat(DatabaseOutage.causedBy(new DataAccessResourceFailureException("gone"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new TransientDataAccessResourceException("gone"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new SQLException("terminating connection due to administrator command",
                "57P01"))).isTrue();
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "42000", new int[0]);
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertThat(DatabaseOutage.causedBy(new ProcessEngineException("flush failed", batch))).isTrue();
    }

    @Test
    void otherFailuresAreNoOutage() {
        assertThat(DatabaseOutage.causedBy(new BadUserRequestException("Biến 'returnReason' là bắt buộc"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new OptimisticLockingException("updated by another transaction"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new ProcessEngineException("flush failed",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second", first);
        first.initCause(second);
        assertThat(DatabaseOutage.causedBy(first)).as("a loop of causes ends").isFalse();
    }

    @Test
    void theRestApiAnswersAnOutage503WithRetryAfter() {
        ProcessEngineException outage = new ProcessEngineException("An exception occurred in the persistence layer",
                new PersistenceException(REFUSED));

        assertTryAgain(new RefusedStartResponses().toResponse(
                new RestException(Status.INTERNAL_SERVER_ERROR, outage, "Cannot complete task")));
        assertTryAgain(new RefusedStartResponses.WrappedRefusals().toResponse(outage));
        assertTryAgain(new VietnameseRestErrors.DatabaseOutages().toResponse(
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", REFUSED)));
        assertThat(new VietnameseRestErrors.DatabaseOutages().toResponse(new IllegalStateException("a bug"))
                .getStatus()).isEqualTo(500);
    }

    private static void assertTryAgain(Response answer) {
        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString(HttpHeaders.RETRY_AFTER)).isEqualTo(DatabaseOutage.RETRY_AFTER_SECONDS);
        assertThat(((ExceptionDto) answer.getEntity()).getMessage()).isEqualTo(DatabaseOutage.MESSAGE);
    }
}
