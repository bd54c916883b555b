package io.pimento.feeds.events;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.events.VisitorData;
import io.pimento.testing.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.feeds.FeedCatalog.product;
import static io.pimento.feeds.FeedCatalog.token;
import static io.pimento.feeds.FeedCatalog.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** A visitor's data: merged when they log in, exported and erased on request, purged after the retention. */
@QuarkusTest
class VisitorsApiTest {

    @Inject
    CatalogFixtures fixtures;

    @Inject
    VisitorData visitorData;

    @Inject
    EntityManager entityManager;

    static TestCatalog c;
    static String token;

    @BeforeEach
    void catalog() {
        if (c != null) {
            return;
        }
        c = fixtures.standardCatalog();
        product(c, "boot", c.bootsCategory()).value(c.name(), EN, null, "Alpine boot").create();
        token = token(c.ecommerce());
    }

    private static void view(String visitor, String session) {
        withToken(token).contentType(ContentType.JSON).body(("{\"events\": [{\"type\": \"view\", \"visitor\": \"%s\", \"session\": \"%s\","
                        + " \"product\": \"%s\", \"timestamp\": \"%s\", \"consent\": {\"personalization\": true}}]}")
                        .formatted(visitor, session, c.sku("boot"), Instant.now()))
                .post("/api/v1/events").then().statusCode(202).body("accepted", equalTo(1));
    }

    @Test
    void shouldMergeAnAnonymousVisitorIntoTheKnownOneIncludingLaterEvents() {
        String anonymous = "anon-" + c.suffix();
        String known = "customer-" + c.suffix();
        view(anonymous, "s1");
        view(known, "s0");

        withToken(token).contentType(ContentType.JSON).body(Map.of("from", anonymous))
                .post("/api/v1/visitors/{id}/merge", known).then()
                .statusCode(200).body("events", equalTo(1));
        view(anonymous, "s2"); // a tab still open with the anonymous id

        withToken(token).get("/api/v1/visitors/{id}", known).then().statusCode(200)
                .body("aliases", contains(anonymous))
                .body("events", hasSize(3))
                .body("sessions", equalTo(3))
                .body("events.product", contains(c.sku("boot"), c.sku("boot"), c.sku("boot")));
        withToken(token).get("/api/v1/visitors/{id}", anonymous).then().statusCode(404);
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("from", known)).post("/api/v1/visitors/{id}/merge", known).then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void shouldExportThenEraseEverythingAboutAVisitor() {
        String visitor = "erase-me-" + c.suffix();
        view(visitor, "s1");
        view(visitor, "s2");
        Api.asAdmin().get("/api/v1/visitors/{id}", visitor).then().statusCode(200)
                .body("visitor", equalTo(visitor))
                .body("events", hasSize(2))
                .body("events[0].type", equalTo("view"))
                .body("events[0].channel", equalTo(c.ecommerce()));

        Api.asAdmin().delete("/api/v1/visitors/{id}", visitor).then().statusCode(200).body("events", equalTo(2));

        Api.asAdmin().get("/api/v1/visitors/{id}", visitor).then().statusCode(404);
        assertThat(count("select count(*) from visitor_event where visitor = '" + visitor + "'")).isZero();
        // the next placement treats them as new: no visits known
        withToken(token).queryParam("visitor", visitor).queryParam("session", "s3")
                .get("/api/v1/feeds/" + c.ecommerce() + "/placements/home").then().statusCode(200);
        Api.asViewer().get("/api/v1/visitors/{id}", visitor).then().statusCode(403);
    }

    @Test
    void shouldPurgeEventsOlderThanTheRetention() {
        String visitor = "old-" + c.suffix();
        view(visitor, "recent");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                insert into visitor_event (channel, type, visitor, session, product, personalization, occurred_at)
                values (:channel, 'view', :visitor, 'ancient', :product, true, now() - interval '500 days')""")
                .setParameter("channel", c.ecommerce()).setParameter("visitor", visitor).setParameter("product", c.sku("boot"))
                .executeUpdate());

        assertThat(visitorData.purgeExpired()).isPositive();

        assertThat(count("select count(*) from visitor_event where visitor = '" + visitor + "' and session = 'ancient'")).isZero();
        assertThat(count("select count(*) from visitor_event where visitor = '" + visitor + "' and session = 'recent'")).isEqualTo(1);
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
