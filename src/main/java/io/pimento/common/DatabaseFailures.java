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
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
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
            if (cause instanceof JDBCConnectionException) {
                return true;
            }
        }
        return false;
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
