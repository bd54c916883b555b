package io.pimento.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Makes sure the real services are up before Quarkus boots for the tests, and points Quarkus at them. */
public class PimentoServicesResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TestServices.start();
        return Map.of(
                "quarkus.datasource.jdbc.url", TestServices.jdbcUrl(),
                "quarkus.hibernate-search-orm.elasticsearch.hosts", TestServices.openSearchHost());
    }

    @Override
    public void stop() {
        // Left running: the next test run reuses them; bin/services stop (or .ci/run) stops them.
    }
}
