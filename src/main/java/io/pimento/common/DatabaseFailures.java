package io.pimento.common;

import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells "PostgreSQL cannot be reached" (stopped, restarting, failing over, pool exhausted while it
 * is away) from failures that are bugs: the first is a 503 the client may retry, the second a 500.
 */
public final class DatabaseFailures {

    /** SQLSTATEs of a server going away: admin/crash shutdown, cannot connect now, too many connections. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300");

    private DatabaseFailures() {
    }

    public static boolean isUnavailable(Throwable failure) {
        return isUnavailable(failure, 0);
    }

    /** Through causes and suppressed exceptions: a failed commit hides the server's reason among the latter. */
    private static boolean isUnavailable(Throwable failure, int depth) {
        if (failure == null || depth > 20) {
            return false;
        }
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            // class 08: connection exception (refused, broken, lost during the statement)
            if (state != null && (state.startsWith("08") || UNAVAILABLE_STATES.contains(state))) {
                return true;
            }
            // Agroal, when no connection could be made before the acquisition timeout
            if (state == null && sql.getMessage() != null && sql.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        if (failure instanceof JDBCConnectionException) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (isUnavailable(suppressed, depth + 1)) {
                return true;
            }
        }
        return failure.getCause() != failure && isUnavailable(failure.getCause(), depth + 1);
    }

    /** One line for the log: the innermost message. */
    public static String summary(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        return String.valueOf(innermost.getMessage());
    }
}
