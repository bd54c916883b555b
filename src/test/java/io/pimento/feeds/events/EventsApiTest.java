package io.pimento.feeds.events;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.feeds.FeedCatalog.product;
import static io.pimento.feeds.FeedCatalog.token;
import static io.pimento.feeds.FeedCatalog.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Events from channels: checked one by one, stored before the answer, refused ones reported by index or line. */
@QuarkusTest
class EventsApiTest {

    @Inject
    CatalogFixtures fixtures;

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
        product(c, "hat", c.masterCategory()).value(c.name(), EN, null, "Felt hat").create();
        token = token(c.ecommerce());
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private Map<String, Object> view(String visitor, String session, String product) {
        return Map.of("type", "view", "visitor", visitor, "session", session, "product", product, "timestamp", now(),
                "consent", Map.of("personalization", true), "context", Map.of("device", "mobile"));
    }

    @Test
    void shouldStoreTheValidEventsBeforeAnsweringAndReportTheOthersByIndex() {
        String visitor = "v-" + c.suffix();
        List<Object> events = List.of(
                view(visitor, "s-1", c.sku("boot").toUpperCase()),
                view(visitor, "s-1", "no-such-product"),
                Map.of("type", "view", "visitor", visitor, "session", "s-1", "product", c.sku("hat"),
                        "timestamp", Instant.now().plus(1, ChronoUnit.DAYS).toString()),
                Map.of("type", "category_view", "visitor", visitor, "session", "s-1", "category", c.bootsCategory(), "timestamp", now(),
                        "consent", Map.of("personalization", true)),
                Map.of("type", "search", "visitor", visitor, "session", "s-1", "query", "warm boots", "timestamp", now(),
                        "consent", Map.of("personalization", true)));

        withToken(token).contentType(ContentType.JSON).body(Map.of("events", events)).post("/api/v1/events").then()
                .statusCode(202)
                .body("accepted", equalTo(3))
                .body("refused", hasSize(2))
                .body("refused[0].index", equalTo(1))
                .body("refused[0].errors[0].field", equalTo("events[1].product"))
                .body("refused[0].errors[0].message", equalTo("unknown product 'no-such-product'"))
                .body("refused[1].index", equalTo(2))
                .body("refused[1].errors[0].field", equalTo("events[2].timestamp"))
                .body("refused[1].errors[0].message", containsString("is in the future"));

        // another connection sees them: committed before the 202
        List<Object[]> rows = rows(visitor);
        assertThat(rows).extracting(r -> r[0] + "/" + r[1] + "/" + r[2] + "/" + r[3]).containsExactlyInAnyOrder(
                "view/" + c.sku("boot") + "/null/" + c.ecommerce(),
                "category_view/null/" + c.bootsCategory() + "/" + c.ecommerce(),
                "search/null/null/" + c.ecommerce());
    }

    @Test
    void shouldKeepNoVisitorOrSessionOfAnEventWithoutConsent() {
        String visitor = "anon-" + c.suffix();
        withToken(token).contentType(ContentType.JSON).body(Map.of("events", List.of(Map.of("type", "view", "visitor", visitor,
                        "session", "s-2", "product", c.sku("hat"), "timestamp", now(), "consent", Map.of("personalization", false)))))
                .post("/api/v1/events").then().statusCode(202).body("accepted", equalTo(1));

        assertThat(rows(visitor)).isEmpty();
        Number anonymous = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery(
                        "select count(*) from visitor_event where product = :p and visitor is null and session is null and not personalization")
                .setParameter("p", c.sku("hat")).getSingleResult());
        assertThat(anonymous.longValue()).isPositive();
    }

    @Test
    void shouldRefuseABatchWithNoValidEventAs422AndStoreNothing() {
        withToken(token).contentType(ContentType.JSON).body(Map.of("events", List.of(Map.of("type", "view"))))
                .post("/api/v1/events").then()
                .statusCode(422)
                .body("accepted", equalTo(0))
                .body("refused[0].errors.field", org.hamcrest.Matchers.hasItems("events[0].visitor", "events[0].session",
                        "events[0].timestamp", "events[0].product"));
    }

    @Test
    void shouldRefuseAnOversizedBatchOrABodyThatIsNotABatch() {
        List<Object> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(Map.of("type", "view"));
        }
        withToken(token).contentType(ContentType.JSON).body(Map.of("events", many)).post("/api/v1/events").then()
                .statusCode(413)
                .body("detail", equalTo("a batch carries at most 1000 events, this one 1001; split it"));
        withToken(token).contentType(ContentType.JSON).body(List.of(view("v", "s", c.sku("hat")))).post("/api/v1/events").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("events"));
    }

    @Test
    void shouldTakeEventsFromChannelTokensAndAdminsNamingTheChannelOnly() {
        Map<String, Object> batch = Map.of("events", List.of(view("v-adm-" + c.suffix(), "s", c.sku("hat"))));
        Api.asAdmin().body(batch).post("/api/v1/events").then().statusCode(400).body("errors[0].field", equalTo("channel"));
        Api.asAdmin().queryParam("channel", c.mobile()).body(batch).post("/api/v1/events").then().statusCode(202);
        Api.asAdmin().queryParam("channel", "no_such_channel").body(batch).post("/api/v1/events").then().statusCode(404);
        Api.asEditor().queryParam("channel", c.mobile()).body(batch).post("/api/v1/events").then().statusCode(403);
        withToken("pch_not-a-token").contentType(ContentType.JSON).body(batch).post("/api/v1/events").then().statusCode(401);
    }

    @Test
    void shouldImportAClickLogLineByLineWithAReportOfTheLinesRefused() {
        String visitor = "log-" + c.suffix();
        String ndjson = String.join("\n",
                "{\"type\":\"view\",\"visitor\":\"" + visitor + "\",\"session\":\"old-1\",\"product\":\"" + c.sku("boot")
                        + "\",\"timestamp\":\"2026-06-01T10:00:00Z\",\"consent\":{\"personalization\":true}}",
                "",
                "{\"type\":\"view\",\"visitor\":\"" + visitor + "\",\"session\":\"old-1\",\"product\":\"" + c.sku("hat")
                        + "\",\"timestamp\":\"2026-06-01T10:01:00Z\",\"consent\":{\"personalization\":true}}",
                "{\"type\":\"view\", oops",
                "{\"type\":\"view\",\"visitor\":\"" + visitor + "\",\"session\":\"old-1\",\"product\":\"gone\",\"timestamp\":\"2026-06-01T10:02:00Z\"}",
                "{\"type\":\"purchase\",\"visitor\":\"" + visitor + "\",\"session\":\"old-1\",\"items\":[{\"product\":\"" + c.sku("hat")
                        + "\",\"quantity\":1,\"price\":25}],\"value\":25,\"currency\":\"EUR\",\"timestamp\":\"2026-06-01T10:03:00Z\","
                        + "\"consent\":{\"personalization\":true}}");

        withToken(token).contentType("application/x-ndjson").body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/events/import").then()
                .statusCode(200)
                .body("lines", equalTo(6))
                .body("accepted", equalTo(3))
                .body("refused", equalTo(2))
                .body("errors[0].line", equalTo(4))
                .body("errors[0].errors[0].message", containsString("not a JSON object"))
                .body("errors[1].line", equalTo(5))
                .body("errors[1].errors[0].field", equalTo("product"));

        assertThat(rows(visitor)).extracting(r -> (String) r[0]).containsExactlyInAnyOrder("view", "view", "purchase");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String visitor) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "select type, product, category, channel from visitor_event where visitor = :v order by id")
                .setParameter("v", visitor).getResultList());
    }
}
