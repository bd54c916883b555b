package io.pimento.common;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "PostgreSQL is away" (503, retry) rather than a bug (500). */
class DatabaseFailuresTest {

    static Stream<Arguments> failures() {
        SQLException adminShutdown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        RuntimeException failedCommit = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        failedCommit.addSuppressed(new Exception("Error trying to transactionCommit local transaction", adminShutdown));
        return Stream.of(
                Arguments.of("connection refused", new SQLException("Connection to 127.0.0.1:5432 refused", "08001"), true),
                Arguments.of("connection lost mid-statement", new RuntimeException(new SQLException("I/O error", "08006")), true),
                Arguments.of("server shutting down", adminShutdown, true),
                Arguments.of("shutdown hidden in a failed commit's suppressed", failedCommit, true),
                Arguments.of("too many connections", new SQLException("sorry, too many clients already", "53300"), true),
                Arguments.of("pool acquisition timeout", new SQLException("Sorry, acquisition timeout!"), true),
                Arguments.of("unique violation", new SQLException("duplicate key", "23505"), false),
                Arguments.of("syntax error", new RuntimeException(new SQLException("syntax error", "42601")), false),
                Arguments.of("not SQL at all", new IllegalStateException("bug"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void shouldTellAnUnavailableDatabaseFromABug(String description, Throwable failure, boolean unavailable) {
        assertThat(DatabaseFailures.isUnavailable(failure)).isEqualTo(unavailable);
    }
}
