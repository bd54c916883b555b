package io.pimento.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.Arrays;

/**
 * After every {@code @QuarkusTest} class, waits until the search indexer has done what the class
 * gave it (registered for all classes through JUnit's extension auto-detection, which quarkus-junit
 * switches on in its junit-platform.properties). So no class
 * starts behind another's backlog, and the class that leaves one the indexer cannot absorb in
 * time fails, by name, instead of a later class timing out on its own search.
 */
public class SearchBacklogDrained implements AfterAllCallback {

    /** Fails when the indexer made no progress this long: a stall, not a slow machine. */
    private static final Duration STALLED_FOR = Duration.ofMinutes(2);
    private static final Duration AT_MOST = Duration.ofMinutes(10);

    @Override
    public void afterAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        // By name: Quarkus loads test classes in its own class loader, this extension is in JUnit's.
        boolean quarkusTest = Arrays.stream(testClass.getAnnotations()).map(Annotation::annotationType)
                .anyMatch(type -> type.getName().equals("io.quarkus.test.junit.QuarkusTest"));
        if (quarkusTest) {
            SearchBacklog.awaitDrained(STALLED_FOR, AT_MOST, testClass.getSimpleName() + "'s writes");
        }
    }
}
