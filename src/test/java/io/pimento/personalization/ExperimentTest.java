package io.pimento.personalization;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.feeds.FeedCatalog.product;
import static io.pimento.feeds.FeedCatalog.token;
import static io.pimento.feeds.FeedCatalog.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

/** Placement experiments: sticky arms, the arm in the response id, and the report against figures computed by hand. */
@QuarkusTest
class ExperimentTest {

    @Inject
    CatalogFixtures fixtures;

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

    @AfterEach
    void endExperiments() {
        // other classes' placements must not be held out
        for (String placement : List.of("cart", "email")) {
            Api.asAdmin().delete("/api/v1/experiments/{p}", placement);
        }
    }

    private static String responseId(String placement, String visitor) {
        return withToken(token).queryParam("visitor", visitor).queryParam("session", visitor + "-s").queryParam("items", c.sku("boot"))
                .get("/api/v1/feeds/" + c.ecommerce() + "/placements/" + placement).then().statusCode(200).extract().path("id");
    }

    @Test
    void shouldKeepEachVisitorInOneArmWithTheShareAskedFor() {
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("holdout", 0.5)).put("/api/v1/experiments/{p}", "cart").then()
                .statusCode(201).body("holdout", equalTo(0.5f));
        Set<String> arms = new HashSet<>();
        int held = 0;
        for (int v = 0; v < 40; v++) {
            String visitor = "exp-" + v + "-" + c.suffix();
            String first = responseId("cart", visitor).split("\\.")[1];
            assertThat(responseId("cart", visitor).split("\\.")[1]).as("sticky").isEqualTo(first);
            arms.add(first);
            held += first.equals("h") ? 1 : 0;
        }
        assertThat(arms).containsExactlyInAnyOrder("h", "p");
        assertThat(held).isBetween(8, 32);
        assertThat(responseId("home", "exp-0-" + c.suffix())).startsWith("home.p.");

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("holdout", 1.5)).put("/api/v1/experiments/{p}", "cart").then()
                .statusCode(400).body("errors[0].field", equalTo("holdout"));
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("holdout", 0.1)).put("/api/v1/experiments/{p}", "checkout").then()
                .statusCode(404);
        Api.asEditor().contentType(ContentType.JSON).body(Map.of("holdout", 0.1)).put("/api/v1/experiments/{p}", "cart").then()
                .statusCode(403);
    }

    @Test
    void shouldSplitVisitorsIntoThreeStickyArmsWhenAVariantRankingIsTested() {
        Api.asAdmin().contentType(ContentType.JSON)
                .body(Map.of("holdout", 0.2, "variant", Map.of("share", 0.4, "ranking", "neighbourhood")))
                .put("/api/v1/experiments/{p}", "cart").then().statusCode(201)
                .body("holdout", equalTo(0.2f)).body("variant.share", equalTo(0.4f)).body("variant.ranking", equalTo("neighbourhood"));
        Map<String, Integer> arms = new java.util.HashMap<>();
        for (int v = 0; v < 60; v++) {
            String visitor = "var-" + v + "-" + c.suffix();
            String first = responseId("cart", visitor).split("\\.")[1];
            assertThat(responseId("cart", visitor).split("\\.")[1]).as("sticky").isEqualTo(first);
            arms.merge(first, 1, Integer::sum);
        }
        assertThat(arms.keySet()).containsExactlyInAnyOrder("h", "b", "p");
        assertThat(arms.get("b")).isBetween(12, 36);

        JsonPath report = Api.asViewer().get("/api/v1/experiments/{p}", "cart").then().statusCode(200).extract().jsonPath();
        assertThat(report.getList("arms.arm", String.class)).containsExactly("personalized", "variant", "holdout");
        assertThat(report.getList("arms.ranking", String.class)).containsExactly("learned", "neighbourhood", null);

        // the variant's visitors go back to the learned ranking when it ends
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("holdout", 0.2)).put("/api/v1/experiments/{p}", "cart").then()
                .statusCode(200).body("variant", org.hamcrest.Matchers.nullValue());
        assertThat(Api.asViewer().get("/api/v1/experiments/{p}", "cart").then().extract().jsonPath().getList("arms.arm", String.class))
                .containsExactly("personalized", "holdout");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            # body                                                          | field          | message
            {"holdout": 0.5, "variant": {"share": 0.6, "ranking": "popular"}} | variant.share  | together cover 1.1 of visitors
            {"variant": {"share": 0, "ranking": "popular"}}                   | variant.share  | above 0 and up to 1
            {"variant": {"share": 0.5, "ranking": "magic"}}                   | variant.ranking| one of neighbourhood, popular
            {"variant": {"share": 0.5, "ranking": "learned"}}                 | variant.ranking| tested against the learned one
            {"variant": {"share": "half", "ranking": "popular"}}              | variant        | "share": 0.45
            {"variant": 0.5}                                                  | variant        | "ranking": "neighbourhood"
            {}                                                                | holdout        | the share of visitors held out
            """)
    void shouldRefuseAnExperimentItCannotRunNamingTheField(String body, String field, String message) {
        Api.asAdmin().contentType(ContentType.JSON).body(body).put("/api/v1/experiments/{p}", "cart").then()
                .statusCode(400).body("errors[0].field", equalTo(field.strip()))
                .body("errors[0].message", org.hamcrest.Matchers.containsString(message.strip()));
        Api.asAdmin().get("/api/v1/experiments/{p}", "cart").then().statusCode(404);
    }

    @Test
    void shouldReportEachArmFromItsAttributedEvents() {
        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("holdout", 0.5)).put("/api/v1/experiments/{p}", "email").then()
                .statusCode(201);
        String p = "email.p.00000000-0000-0000-0000-00000000000" ;
        String h = "email.h.00000000-0000-0000-0000-00000000000";
        Instant now = Instant.now();
        List<String> events = new ArrayList<>();
        // personalized arm: visitors A, B, C see 2 impressions each (6); 3 clicks; A and B add to cart; A buys for 100, B for 50
        for (String visitor : List.of("A", "B", "C")) {
            for (int i = 0; i < 2; i++) {
                events.add(impression(visitor, p + "1", now));
            }
        }
        events.add(click("A", p + "1", now));
        events.add(click("A", p + "1", now));
        events.add(click("B", p + "1", now));
        events.add(simple("add_to_cart", "A", now.plusSeconds(1)));
        events.add(simple("add_to_cart", "B", now.plusSeconds(1)));
        events.add(purchase("A", 100, now.plusSeconds(2)));
        events.add(purchase("B", 50, now.plusSeconds(2)));
        // holdout: visitors D, E see 4 impressions (2 each); 1 click; E buys for 30; D bought before seeing anything (not counted)
        events.add(purchase("D", 999, now.minusSeconds(30)));
        for (String visitor : List.of("D", "E")) {
            for (int i = 0; i < 2; i++) {
                events.add(impression(visitor, h + "2", now));
            }
        }
        events.add(click("E", h + "2", now));
        events.add(purchase("E", 30, now.plusSeconds(3)));
        withToken(token).contentType(ContentType.JSON).body("{\"events\": [" + String.join(",", events) + "]}")
                .post("/api/v1/events").then().statusCode(202).body("refused.size()", equalTo(0));

        JsonPath report = Api.asViewer().get("/api/v1/experiments/{p}", "email").then().statusCode(200).extract().jsonPath();

        assertThat(report.getString("arms[0].arm")).isEqualTo("personalized");
        assertThat(report.getLong("arms[0].impressions")).isEqualTo(6);
        assertThat(report.getLong("arms[0].clicks")).isEqualTo(3);
        assertThat(report.getDouble("arms[0].clickThroughRate.value")).isCloseTo(0.5, within(1e-6));
        assertThat(report.getLong("arms[0].visitors")).isEqualTo(3);
        assertThat(report.getDouble("arms[0].addToCartRate.value")).isCloseTo(2 / 3.0, within(1e-6));
        assertThat(report.getDouble("arms[0].conversionRate.value")).isCloseTo(2 / 3.0, within(1e-6));
        assertThat(report.getDouble("arms[0].averageOrderValue.value")).isCloseTo(75, within(1e-6));
        // sd of (100, 50) = 35.355; 1.96 * 35.355 / sqrt(2) = 49.0
        assertThat(report.getDouble("arms[0].averageOrderValue.low")).isCloseTo(75 - 49.0, within(0.01));
        // Wilson for 3 of 6
        assertThat(report.getDouble("arms[0].clickThroughRate.low")).isCloseTo(0.1876, within(1e-4));
        assertThat(report.getDouble("arms[0].clickThroughRate.high")).isCloseTo(0.8124, within(1e-4));

        assertThat(report.getString("arms[1].arm")).isEqualTo("holdout");
        assertThat(report.getLong("arms[1].impressions")).isEqualTo(4);
        assertThat(report.getLong("arms[1].clicks")).isEqualTo(1);
        assertThat(report.getLong("arms[1].visitors")).isEqualTo(2);
        assertThat(report.getDouble("arms[1].addToCartRate.value")).isZero();
        assertThat(report.getDouble("arms[1].conversionRate.value")).isCloseTo(0.5, within(1e-6));
        assertThat(report.getDouble("arms[1].averageOrderValue.value")).isCloseTo(30, within(1e-6));
    }

    @Test
    void shouldLetAnAdminRunAnExperimentFromTheUiAndShowItsReport() {
        io.pimento.web.UiSession admin = io.pimento.web.UiSession.login("admin");
        String token = admin.csrfToken("/ui/experiments");
        admin.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .formParam("placement", "cart").formParam("holdout", "150").post("/ui/experiments").then()
                .statusCode(400).body(org.hamcrest.Matchers.containsString("holdout is the share of visitors held out"));
        admin.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .formParam("placement", "cart").formParam("holdout", "25").post("/ui/experiments").then()
                .statusCode(303);

        String page = io.pimento.web.UiSession.login("viewer").page("/ui/experiments");

        assertThat(page).contains("cart <span class=\"muted\">· 25 % held out", "<th scope=\"row\">personalized <small class=\"muted\">(learned)</small></th>",
                "<th scope=\"row\">holdout</th>", "<svg class=\"experiment-chart\"").doesNotContain("Start or change an experiment");
        assertThat(admin.page("/ui/experiments")).contains("Start or change an experiment", "End the experiment on cart");

        admin.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .formParam("placement", "cart").formParam("holdout", "70").formParam("ranking", "popular").formParam("variant", "40")
                .post("/ui/experiments").then().statusCode(400).body(org.hamcrest.Matchers.containsString("together cover 1.1 of visitors"));
        admin.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .formParam("placement", "cart").formParam("holdout", "10").formParam("ranking", "popular").formParam("variant", "40")
                .post("/ui/experiments").then().statusCode(303);
        assertThat(admin.page("/ui/experiments")).contains("10 % held out, 40 % get popular",
                "<th scope=\"row\">variant <small class=\"muted\">(popular)</small></th>", "arm-variant");
    }

    private String who(String visitor) {
        return "rep-" + visitor + "-" + c.suffix();
    }

    private String impression(String visitor, String response, Instant at) {
        return "{\"type\":\"impression\",\"visitor\":\"%s\",\"session\":\"s\",\"responseId\":\"%s\",\"products\":[\"%s\"],\"timestamp\":\"%s\",\"consent\":{\"personalization\":true}}"
                .formatted(who(visitor), response, c.sku("boot"), at);
    }

    private String click(String visitor, String response, Instant at) {
        return "{\"type\":\"click\",\"visitor\":\"%s\",\"session\":\"s\",\"responseId\":\"%s\",\"product\":\"%s\",\"timestamp\":\"%s\",\"consent\":{\"personalization\":true}}"
                .formatted(who(visitor), response, c.sku("boot"), at);
    }

    private String simple(String type, String visitor, Instant at) {
        return "{\"type\":\"%s\",\"visitor\":\"%s\",\"session\":\"s\",\"product\":\"%s\",\"timestamp\":\"%s\",\"consent\":{\"personalization\":true}}"
                .formatted(type, who(visitor), c.sku("boot"), at);
    }

    private String purchase(String visitor, int value, Instant at) {
        return "{\"type\":\"purchase\",\"visitor\":\"%s\",\"session\":\"s\",\"items\":[{\"product\":\"%s\",\"quantity\":1,\"price\":%d}],\"value\":%d,\"currency\":\"EUR\",\"timestamp\":\"%s\",\"consent\":{\"personalization\":true}}"
                .formatted(who(visitor), c.sku("boot"), value, value, at);
    }
}
