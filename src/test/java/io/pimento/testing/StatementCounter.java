package io.pimento.testing;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Counts the SQL statements Hibernate prepares on the current thread while {@link #count} runs a
 * piece of work, so tests can check that a read costs a fixed number of queries. Elsewhere it
 * only looks at a thread-local and lets the SQL through unchanged.
 *
 * <p>{@link #countRequests} counts what HTTP requests carrying its {@value #HEADER} header send,
 * on whichever threads they run (a GraphQL request's batch fields run on others than the test's).
 */
@PersistenceUnitExtension
public class StatementCounter implements StatementInspector {

    /** The request header {@link #countRequests} tags requests with. */
    public static final String HEADER = "X-Count-Statements";

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();
    private static final Map<String, AtomicInteger> BY_REQUEST = new ConcurrentHashMap<>();

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

    /** Runs work given the value to send in {@value #HEADER}; counts the statements of the requests sent with it. */
    public static <T> Counted<T> countRequests(Function<String, T> work) {
        String tag = UUID.randomUUID().toString();
        AtomicInteger count = new AtomicInteger();
        BY_REQUEST.put(tag, count);
        try {
            T result = work.apply(tag);
            return new Counted<>(result, count.get());
        } finally {
            BY_REQUEST.remove(tag);
        }
    }

    @Override
    public String inspect(String sql) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
        AtomicInteger ofRequest = BY_REQUEST.isEmpty() ? null : BY_REQUEST.get(requestTag());
        if (ofRequest != null) {
            ofRequest.incrementAndGet();
        }
        return sql;
    }

    private static String requestTag() {
        if (!Arc.container().requestContext().isActive()) {
            return "";
        }
        RoutingContext request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        String tag = request == null ? null : request.request().getHeader(HEADER);
        return tag == null ? "" : tag;
    }
}
