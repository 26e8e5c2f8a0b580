package vn.phoyen.workflow.process.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;

/**
 * The one place that tells a database outage from any other failure. Whatever wraps it (Camunda's
 * ProcessEngineException, MyBatis' PersistenceException, Camunda REST's RestException, Spring's DataAccessException, a
 * ServletException), an outage is a failure to reach the database, found among the causes: Hikari's
 * "Connection is not available, request timed out" ({@link SQLTransientConnectionException}), a refused or broken
 * connection (SQL state class 08, {@link ConnectException}), the server shutting down (57P01–57P03) or Spring's own
 * resource failures (CannotGetJdbcConnectionException is one). The caller then answers 503 with {@link #MESSAGE} and
 * {@link #RETRY_AFTER_SECONDS}: the request changed nothing and may simply be sent again.
 */
public final class DatabaseOutage {

    public static final String MESSAGE =
            "Hệ thống đang tạm gián đoạn kết nối cơ sở dữ liệu, vui lòng thử lại sau ít phút.";
    /** A short outage (a database restart) is over in well under a minute; Hikari gives up on a connection in 5 s. */
    public static final String RETRY_AFTER_SECONDS = "30";

    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable thrown) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = thrown; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (isOutage(cause)) {
                return true;
            }
            // a batch's failure is the next exception of the batch update, not its cause
            if (cause instanceof SQLException sql && sql.getNextException() != null && causedBy(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof ConnectException || cause instanceof DataAccessResourceFailureException
                || cause instanceof TransientDataAccessResourceException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return sql.getSQLState().startsWith("08") || SERVER_GOING_AWAY.contains(sql.getSQLState());
        }
        return false;
    }
}
