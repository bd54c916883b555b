package io.pimento.personalization;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.feeds.FeedCatalog.product;
import static io.pimento.feeds.FeedCatalog.token;
import static io.pimento.feeds.FeedCatalog.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/**
 * Personalized placements end to end: a click log of sweater shoppers and jeans shoppers imported
 * as events, the ranker trained from it, then a live visitor whose intent moves from sweaters to
 * jeans, their explicit preferences, consent, and behaviour segments, all through the placement API.
 */
@QuarkusTest
class PersonalizedPlacementTest {

    private static final int PER_KIND = 6;

    @Inject
    CatalogFixtures fixtures;

    static TestCatalog c;
    static String token;
    static String sweaters;
    static String jeans;

    @BeforeEach
    void history() {
        if (c != null) {
            return;
        }
        c = fixtures.standardCatalog();
        sweaters = category("sweaters_" + c.suffix(), "Warm sweaters");
        jeans = category("jeans_" + c.suffix(), "Jeans");
        for (int i = 1; i <= PER_KIND; i++) {
            product(c, "sweater" + i, sweaters).value(c.name(), EN, null, "Sweater " + i).create();
            product(c, "jeans" + i, jeans).value(c.name(), EN, null, "Jeans " + i).create();
        }
        product(c, "newcomer", sweaters).value(c.name(), EN, null, "Newcomer sweater").create();
        // targeting's candidates come from the search index
        io.pimento.testing.SearchBacklog.await("the catalog is searchable", java.time.Duration.ofSeconds(60), () -> Api.asViewer()
                .queryParam("category", c.masterCategory()).get("/api/v1/search/products")
                .then().statusCode(200).body("total", equalTo(2 * PER_KIND + 1)));
        token = token(c.ecommerce());
        // 240 sessions over the last four days: half browse sweaters, half jeans
        Random random = new Random(42);
        StringBuilder log = new StringBuilder();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int s = 0; s < 240; s++) {
            String kind = s % 2 == 0 ? "sweater" : "jeans";
            Instant start = now.minus(1 + s % 4, ChronoUnit.DAYS).plusSeconds(s * 60L);
            int clicks = 3 + random.nextInt(3);
            for (int k = 0; k < clicks; k++) {
                log.append(event("view", "hist-" + s + "-" + c.suffix(), "hs-" + s + "-" + c.suffix(),
                        c.sku(kind + (1 + random.nextInt(PER_KIND))), start.plusSeconds(30L * k), true)).append('\n');
            }
        }
        withToken(token).contentType("application/x-ndjson").body(log.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/events/import").then().statusCode(200).body("refused", equalTo(0));
        Api.asAdmin().post("/api/v1/ranking/train").then().statusCode(200)
                .body("trained", equalTo(true))
                .body("sessions", greaterThanOrEqualTo(240));
    }

    private String category(String code, String label) {
        Api.asAdmin().body(Map.of("code", code, "parent", c.masterCategory(), "labels", Map.of(EN, label)))
                .post("/api/v1/categories").then().statusCode(201);
        return code;
    }

    private static String event(String type, String visitor, String session, String product, Instant at, boolean consent) {
        return "{\"type\":\"%s\",\"visitor\":\"%s\",\"session\":\"%s\",\"product\":\"%s\",\"timestamp\":\"%s\",\"consent\":{\"personalization\":%s}}"
                .formatted(type, visitor, session, product, at, consent);
    }

    private static void send(String... events) {
        withToken(token).contentType(ContentType.JSON).body("{\"events\": [" + String.join(",", events) + "]}")
                .post("/api/v1/events").then().statusCode(202).body("refused.size()", equalTo(0));
    }

    private static void view(String visitor, String session, String base, boolean consent) {
        send(event("view", visitor, session, c.sku(base), Instant.now(), consent));
    }

    private static JsonPath home(String visitor, String session) {
        return withToken(token).queryParam("visitor", visitor).queryParam("session", session).queryParam("limit", 4)
                .get("/api/v1/feeds/" + c.ecommerce() + "/placements/home").then().statusCode(200).extract().jsonPath();
    }

    private static long countOf(JsonPath page, String kind) {
        return page.getList("items.identifier", String.class).stream().filter(id -> id.startsWith(kind)).count();
    }

    @Test
    void shouldFollowTheSessionsIntentFromSweatersToJeansOnTheNextRequest() {
        String visitor = "shopper-" + c.suffix();
        String session = "live-" + c.suffix();
        view(visitor, session, "sweater1", true);
        view(visitor, session, "sweater2", true);

        JsonPath sweaterTime = home(visitor, session);
        assertThat(countOf(sweaterTime, "sweater")).as(sweaterTime.prettify()).isGreaterThanOrEqualTo(3);
        assertThat(sweaterTime.getList("items.reasons.flatten().text", String.class))
                .as("reasons name the viewed products by label").anyMatch(text -> text.matches("because you viewed Sweater [12]"));

        view(visitor, session, "jeans1", true);
        view(visitor, session, "jeans2", true);
        view(visitor, session, "jeans3", true);

        JsonPath jeansTime = home(visitor, session);
        assertThat(countOf(jeansTime, "jeans")).as(jeansTime.prettify()).isGreaterThanOrEqualTo(3);
        assertThat(jeansTime.getString("items[0].identifier")).startsWith("jeans");
    }

    @Test
    void shouldNeverShowWhatTheVisitorHidAndPutWhatTheyLikeFirst() {
        String visitor = "picky-" + c.suffix();
        String session = "picky-s-" + c.suffix();
        view(visitor, session, "jeans1", true);
        view(visitor, session, "jeans2", true);
        send("{\"type\":\"preference\",\"visitor\":\"%s\",\"timestamp\":\"%s\",\"hide\":{\"category\":\"%s\"},\"consent\":{\"personalization\":true}}"
                        .formatted(visitor, Instant.now(), jeans),
                "{\"type\":\"preference\",\"visitor\":\"%s\",\"timestamp\":\"%s\",\"like\":{\"product\":\"%s\"},\"consent\":{\"personalization\":true}}"
                        .formatted(visitor, Instant.now(), c.sku("sweater5")),
                "{\"type\":\"preference\",\"visitor\":\"%s\",\"timestamp\":\"%s\",\"like\":{\"category\":\"%s\"},\"consent\":{\"personalization\":true}}"
                        .formatted(visitor, Instant.now(), sweaters));

        JsonPath page = home(visitor, session);

        assertThat(countOf(page, "jeans")).as(page.prettify()).isZero();
        assertThat(page.getString("items[0].identifier")).isEqualTo(c.sku("sweater5"));
        assertThat(page.getString("items[0].reasons[0].code")).isEqualTo("liked");
        assertThat(page.getString("items[0].reasons[0].text")).isEqualTo("you like it");
        assertThat(page.getString("items[1].reasons[0].text")).as(page.prettify()).isEqualTo("you like Warm sweaters");
    }

    @Test
    void shouldNotPersonalizeForAVisitorWithoutConsent() {
        String visitor = "private-" + c.suffix();
        String session = "private-s-" + c.suffix();
        view(visitor, session, "jeans1", false);
        view(visitor, session, "jeans2", false);

        JsonPath page = home(visitor, session);

        assertThat(page.getList("items.reasons.flatten().code", String.class)).as(page.prettify())
                .doesNotContain("because_viewed", "viewed_again");
    }

    @Test
    void shouldPutTheVisitorInABehaviourSegmentFromTheirEvents() {
        String segment = "jeans_browsers_" + c.suffix();
        Api.asAdmin().body(Map.of("code", segment, "name", "Jeans browsers", "condition",
                        Map.of("behavior", "viewed_category", "value", jeans, "op", "gte", "count", 1, "within", "session")))
                .put("/api/v1/segments/{code}", segment).then().statusCode(201);
        String visitor = "browser-" + c.suffix();
        String session = "browser-s-" + c.suffix();
        assertThat(home(visitor, session).getList("segments", String.class)).doesNotContain(segment);

        send("{\"type\":\"category_view\",\"visitor\":\"%s\",\"session\":\"%s\",\"category\":\"%s\",\"timestamp\":\"%s\",\"consent\":{\"personalization\":true}}"
                .formatted(visitor, session, jeans, Instant.now()));

        assertThat(home(visitor, session).getList("segments", String.class)).contains(segment);
        assertThat(home(visitor, "another-session-" + c.suffix()).getList("segments", String.class)).doesNotContain(segment);
    }

    @Test
    void shouldGiveAProductWithoutHistoryASlotToExplore() {
        // the test profile makes every email response explore (exploration-share=1, exploration-placements=email)
        String visitor = "explorer-" + c.suffix();
        view(visitor, visitor, "sweater1", true);

        JsonPath page = withToken(token).queryParam("visitor", visitor).queryParam("session", visitor).queryParam("limit", 5)
                .get("/api/v1/feeds/" + c.ecommerce() + "/placements/email").then().statusCode(200).extract().jsonPath();

        // third among the products (merchandising rules of other tests may put content on email placements)
        List<Map<String, Object>> products = page.getList("items.findAll { it.type == 'product' }");
        assertThat(products.get(2).get("identifier")).as(page.prettify()).isEqualTo(c.sku("newcomer"));
        assertThat(page.getString("items.find { it.identifier == '%s' }.reasons[0].text".formatted(c.sku("newcomer"))))
                .isEqualTo("new: exploring");
        assertThat(home(visitor, visitor).getList("items.reasons.flatten().code", String.class)).doesNotContain("exploring");
    }

    @Test
    void shouldServeAnExperimentsVariantRankingToItsShareAndTheLearnedRankingToTheRest() {
        String visitor = "variant-" + c.suffix();
        view(visitor, visitor, "jeans1", true);
        view(visitor, visitor, "jeans2", true);
        JsonPath learned = home(visitor, visitor);
        assertThat(learned.getString("id")).startsWith("home.p.");
        assertThat(learned.getList("items.reasons.flatten().code", String.class)).as(learned.prettify()).contains("because_viewed");

        Api.asAdmin().contentType(ContentType.JSON).body(Map.of("holdout", 0, "variant", Map.of("share", 1, "ranking", "popular")))
                .put("/api/v1/experiments/{p}", "home").then().statusCode(201)
                .body("variant.ranking", equalTo("popular"));
        try {
            JsonPath popular = home(visitor, visitor);

            assertThat(popular.getString("id")).startsWith("home.b.");
            assertThat(popular.getList("items.reasons.flatten().code", String.class)).as(popular.prettify())
                    .contains("popular").doesNotContain("because_viewed", "viewed_again");

            Api.asAdmin().contentType(ContentType.JSON).body(Map.of("variant", Map.of("share", 1, "ranking", "neighbourhood")))
                    .put("/api/v1/experiments/{p}", "home").then().statusCode(200);
            JsonPath neighbourhood = home(visitor, visitor);
            assertThat(neighbourhood.getString("id")).startsWith("home.b.");
            assertThat(countOf(neighbourhood, "jeans")).as(neighbourhood.prettify()).isGreaterThanOrEqualTo(3);
            assertThat(Api.asViewer().get("/api/v1/experiments/{p}", "home").then().statusCode(200).extract().jsonPath()
                    .getList("arms.ranking", String.class)).containsExactly("learned", "neighbourhood", null);
        } finally {
            Api.asAdmin().delete("/api/v1/experiments/{p}", "home").then().statusCode(204);
        }
        assertThat(home(visitor, visitor).getString("id")).startsWith("home.p.");
    }

    @Test
    void shouldTellWhatTheRankerWasTrainedOn() {
        Api.asViewer().get("/api/v1/ranking").then().statusCode(200)
                .body("trained", equalTo(true))
                .body("clicks", greaterThanOrEqualTo(240 * 3));
        Api.asEditor().post("/api/v1/ranking/train").then().statusCode(403);
    }

    @Inject
    RankingService ranking;

    @Test
    void shouldNotRetrainAModelThatIsTheSharedOne() {
        io.restassured.path.json.JsonPath trained = Api.asAdmin().post("/api/v1/ranking/train").then().statusCode(200).extract().jsonPath();
        io.restassured.path.json.JsonPath status = Api.asViewer().get("/api/v1/ranking").then().statusCode(200).extract().jsonPath();
        // the shared time, read back from PostgreSQL, is this instance's own: nothing newer to catch up with
        assertThat(java.time.Instant.parse(status.getString("sharedTrainedAt")))
                .isEqualTo(java.time.Instant.parse(trained.getString("trainedAt")));
        ranking.keepUp();
        assertThat(Api.asViewer().get("/api/v1/ranking").then().statusCode(200).extract().jsonPath().getString("trainedAt"))
                .as("the scheduled check retrained a current model").isEqualTo(trained.getString("trainedAt"));
    }
}
