package io.pimento.feeds.placement;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.pimento.testing.TestServices;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.feeds.FeedCatalog.product;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several instances behind a load balancer agree on a visitor because nothing about them lives in
 * one instance: an event another instance stored (here written straight into PostgreSQL, as that
 * instance's event API does) shapes this instance's very next placement for the session.
 * {@code bench/two-instances.sh} checks the same with two real application processes.
 */
@QuarkusTest
class SharedStateTest {

    @Inject
    CatalogFixtures fixtures;

    @Test
    void shouldReflectAnEventStoredByAnotherInstanceInTheNextPlacement() throws SQLException {
        TestCatalog c = fixtures.standardCatalog();
        product(c, "boot", c.bootsCategory()).value(c.name(), EN, null, "Alpine boot").create();
        String segment = "viewed_boot_" + c.suffix();
        Api.asAdmin().body(Map.of("code", segment, "name", segment, "condition",
                        Map.of("behavior", "viewed_product", "value", c.sku("boot"), "op", "gte", "count", 1, "within", "session")))
                .post("/api/v1/segments").then().statusCode(201);
        String session = "s-shared-" + c.suffix();
        assertThat(segments(c, session)).doesNotContain(segment);

        try (Connection connection = DriverManager.getConnection(TestServices.jdbcUrl(), "pimento", "pimento");
             PreparedStatement insert = connection.prepareStatement("insert into visitor_event"
                     + " (channel, type, visitor, session, product, personalization, occurred_at) values (?, 'view', ?, ?, ?, true, ?)")) {
            insert.setString(1, c.ecommerce());
            insert.setString(2, "v-shared-" + c.suffix());
            insert.setString(3, session);
            insert.setString(4, c.sku("boot"));
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }

        assertThat(segments(c, session)).contains(segment);
    }

    private static List<String> segments(TestCatalog c, String session) {
        return Api.asViewer().queryParam("session", session).get("/api/v1/feeds/" + c.ecommerce() + "/placements/home")
                .then().statusCode(200).extract().jsonPath().getList("segments", String.class);
    }
}
