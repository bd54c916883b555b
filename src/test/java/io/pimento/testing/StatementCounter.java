package io.pimento.testing;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.function.Supplier;

/**
 * Counts the SQL statements Hibernate prepares on the current thread while {@link #count} runs a
 * piece of work, so tests can check that a read costs a fixed number of queries. Elsewhere it
 * only looks at a thread-local and lets the SQL through unchanged.
 */
@PersistenceUnitExtension
public class StatementCounter implements StatementInspector {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** What the work answered, and how many statements it sent. */
    public record Counted<T>(T result, int statements) {
    }

    public static <T> Counted<T> count(Supplier<T> work) {
        int[] count = new int[1];
        COUNT.set(count);
        try {
            T result = work.get();
            return new Counted<>(result, count[0]);
        } finally {
            COUNT.remove();
        }
    }

    @Override
    public String inspect(String sql) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
        return sql;
    }
}
