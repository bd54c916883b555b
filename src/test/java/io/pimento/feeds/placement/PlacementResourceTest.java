package io.pimento.feeds.placement;

import io.pimento.catalog.Fixtures;
import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.pimento.testing.SearchBacklog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.catalog.product.TestCatalog.FR;
import static io.pimento.feeds.FeedCatalog.product;
import static io.pimento.feeds.FeedCatalog.token;
import static io.pimento.feeds.FeedCatalog.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Placements end to end: candidates from the search index, segments from the visitor context,
 * merchandising rules, and products resolved as the channel's feed resolves them. One catalog for
 * the class: four boots, a hat in the tree's root, a disabled boot, and a scarf outside the tree.
 */
@QuarkusTest
class PlacementResourceTest {

    @Inject
    CatalogFixtures fixtures;

    static TestCatalog c;
    static String mobileSegment;
    static String banner;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        if (c != null) {
            return;
        }
        c = fixtures.standardCatalog();
        product(c, "hat", c.masterCategory()).value(c.name(), EN, null, "Felt hat").value(c.name(), FR, null, "Chapeau").create();
        product(c, "boot1", c.bootsCategory()).value(c.name(), EN, null, "Alpine boot").value(c.name(), FR, null, "Botte alpine")
                .set("associations", Map.of(c.xsell(), Map.of("products", List.of(c.sku("hat"))))).create();
        product(c, "boot2", c.bootsCategory()).value(c.name(), EN, null, "Quayside boot " + c.suffix()).create();
        product(c, "boot3", c.bootsCategory()).value(c.name(), EN, null, "Trail boot").create();
        product(c, "old", c.bootsCategory()).value(c.name(), EN, null, "Retired boot").set("enabled", false).create();
        SearchBacklog.await("the placement catalog is searchable", Duration.ofSeconds(60), () -> Api.asViewer()
                .queryParam("category", c.masterCategory()).get("/api/v1/search/products")
                .then().statusCode(200).body("total", equalTo(5)));

        mobileSegment = Fixtures.segment("mobile_" + c.suffix());
        rule("pin_hat_" + c.suffix(), "home", mobileSegment, Map.of("type", "pin", "products", List.of(c.sku("hat")), "position", 1));
        rule("hide_harbour_" + c.suffix(), "category", null, Map.of("type", "exclude", "query", Map.of("q", c.suffix())));
        rule("more_boots_" + c.suffix(), "search", null, Map.of("type", "include", "query", Map.of("category", List.of(c.bootsCategory()))));
        Map<String, Object> hideHarbour = new java.util.HashMap<>(Map.of("code", "no_harbour_" + c.suffix(), "placement", "search",
                "priority", 20, "action", Map.of("type", "exclude", "query", Map.of("q", c.suffix()))));
        Api.asEditor().body(hideHarbour).post("/api/v1/rules").then().statusCode(201);
        banner = "banner_" + c.suffix();
        Api.asEditor().body(Map.of("code", banner, "type", "banner", "title", Map.of(EN, "Welcome!"), "text", Map.of(EN, "10% off")))
                .post("/api/v1/content-items").then().statusCode(201);
        rule("welcome_" + c.suffix(), "email", null, Map.of("type", "content", "items", List.of(banner), "position", 1));
    }

    private static void rule(String code, String placement, String segment, Map<String, Object> action) {
        Map<String, Object> rule = new java.util.HashMap<>(Map.of("code", code, "placement", placement, "priority", 10, "action", action));
        rule.put("segment", segment);
        Api.asEditor().body(rule).post("/api/v1/rules").then().statusCode(201);
    }

    private static String url(String placement) {
        return "/api/v1/feeds/" + c.ecommerce() + "/placements/" + placement;
    }

    private static JsonPath placement(String placement, Object... query) {
        var request = Api.asViewer();
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam((String) query[i], query[i + 1]);
        }
        return request.get(url(placement)).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldServeTheHomePlacementFromTheChannelsEnabledProductsWithAReasonForEach() {
        JsonPath home = placement("home", "locale", EN);

        assertThat(home.getString("id")).isNotBlank();
        assertThat(home.getString("placement")).isEqualTo("home");
        assertThat(home.getList("items.identifier", String.class))
                .containsExactlyInAnyOrder(c.sku("hat"), c.sku("boot1"), c.sku("boot2"), c.sku("boot3"));
        assertThat(home.getList("items.type", String.class)).containsOnly("product");
        assertThat(home.getList("items.reasons.code.flatten()", String.class)).containsOnly("recent");
        assertThat(home.getString("items.find { it.identifier == '" + c.sku("boot1") + "' }.product.label")).isEqualTo("Alpine boot");
    }

    @Test
    void shouldGiveEveryResponseItsOwnId() {
        assertThat(placement("home").getString("id")).isNotEqualTo(placement("home").getString("id"));
    }

    @Test
    void shouldPinForTheSegmentTheVisitorContextMatches() {
        JsonPath home = placement("home", "device", "mobile", "limit", 2);

        assertThat(home.getList("segments", String.class)).contains(mobileSegment);
        assertThat(home.getString("items[0].identifier")).isEqualTo(c.sku("hat"));
        assertThat(home.getList("items[0].reasons.code", String.class)).contains("pinned");
        assertThat(home.getString("items[0].reasons.find { it.code == 'pinned' }.rule")).isEqualTo("pin_hat_" + c.suffix());
        assertThat(home.getList("items")).hasSize(2);
    }

    @Test
    void shouldNotPinForVisitorsOutsideTheSegment() {
        JsonPath home = placement("home", "device", "desktop");

        assertThat(home.getList("segments", String.class)).doesNotContain(mobileSegment);
        assertThat(home.getList("items.reasons.code.flatten()", String.class)).doesNotContain("pinned");
    }

    @Test
    void shouldListACategorySubtreeLeavingOutWhatARuleExcludes() {
        JsonPath category = placement("category", "category", c.bootsCategory(), "locale", EN);

        assertThat(category.getList("items.identifier", String.class)).containsExactlyInAnyOrder(c.sku("boot1"), c.sku("boot3"));
        assertThat(category.getString("items[0].reasons[0].text")).startsWith("in category ");
    }

    @Test
    void shouldAnswerASearchPlacementWithTheSearchResults() {
        JsonPath search = placement("search", "q", "alpine", "locale", EN);

        assertThat(search.getString("items[0].identifier")).isEqualTo(c.sku("boot1"));
        assertThat(search.getString("items[0].reasons[0].code")).isEqualTo("search");
    }

    @Test
    void shouldAddWhatAnIncludeRuleMatchesAfterTheCandidatesUnlessAHigherRuleExcludesIt() {
        JsonPath search = placement("search", "q", "alpine", "locale", EN);

        assertThat(search.getList("items.identifier", String.class)).containsExactly(c.sku("boot1"), c.sku("boot3"));
        assertThat(search.getString("items[1].reasons[0].code")).isEqualTo("included");
        assertThat(search.getString("items[1].reasons[0].rule")).isEqualTo("more_boots_" + c.suffix());
    }

    @Test
    void shouldPutAProductsAssociationsFirstThenSimilarProducts() {
        JsonPath page = placement("product", "product", c.sku("boot1"), "locale", EN);

        List<String> identifiers = page.getList("items.identifier", String.class);
        assertThat(identifiers.get(0)).isEqualTo(c.sku("hat"));
        assertThat(page.getString("items[0].reasons[0].text")).isEqualTo(c.xsell() + " of Alpine boot");
        assertThat(identifiers).contains(c.sku("boot2"), c.sku("boot3")).doesNotContain(c.sku("boot1"), c.sku("old"));
        assertThat(page.getString("items[1].reasons[0].code")).isEqualTo("similar");
    }

    @Test
    void shouldCrossSellForACartLeavingOutWhatIsInIt() {
        JsonPath cart = placement("cart", "items", c.sku("boot1") + "," + c.sku("boot3"), "locale", EN);

        List<String> identifiers = cart.getList("items.identifier", String.class);
        assertThat(identifiers.get(0)).isEqualTo(c.sku("hat"));
        assertThat(cart.getString("items[0].reasons[0].code")).isEqualTo("cross_sell");
        assertThat(identifiers).contains(c.sku("boot2")).doesNotContain(c.sku("boot1"), c.sku("boot3"));
    }

    @Test
    void shouldPlaceContentItemsWhereTheirRuleSays() {
        JsonPath email = placement("email", "locale", EN);

        assertThat(email.getString("items[0].type")).isEqualTo("content");
        assertThat(email.getString("items[0].identifier")).isEqualTo(banner);
        assertThat(email.getString("items[0].content.title")).isEqualTo("Welcome!");
        assertThat(email.getString("items[0].reasons[0].rule")).isEqualTo("welcome_" + c.suffix());
        assertThat(email.getString("items[1].type")).isEqualTo("product");
    }

    @Test
    void shouldResolveProductsInTheRequestedLocale() {
        JsonPath search = placement("search", "q", "alpine", "locale", FR);

        assertThat(search.getString("items[0].product.label")).isEqualTo("Botte alpine");
    }

    @Test
    void shouldTakeTheSameRequestAsAJsonBodyFlatOrUnderContext() {
        Map<String, Object> flat = Map.of("device", "mobile", "limit", 1);
        Map<String, Object> nested = Map.of("context", Map.of("device", "mobile"), "limit", 1);

        for (Map<String, Object> body : List.of(flat, nested)) {
            Api.asViewer().body(body).post(url("home")).then().statusCode(200)
                    .body("segments", hasItem(mobileSegment))
                    .body("items[0].identifier", equalTo(c.sku("hat")));
        }
    }

    @Test
    void shouldServeAChannelTokenItsOwnChannelOnly() {
        String token = token(c.ecommerce());

        withToken(token).get(url("home")).then().statusCode(200).body("items", notNullValue());
        withToken(token).get("/api/v1/feeds/" + c.mobile() + "/placements/home").then().statusCode(403);
    }

    @Test
    void shouldRefuseAnUnknownPlacementNamingTheValidOnes() {
        Api.asViewer().get(url("homepage")).then().statusCode(404)
                .body("detail", containsString("unknown placement 'homepage'"))
                .body("detail", containsString("home, category, search, product, cart, email"));
    }

    @Test
    void shouldRefuseAnUnknownChannel() {
        Api.asViewer().get("/api/v1/feeds/no_such_channel/placements/home").then().statusCode(404);
    }

    @Test
    void shouldAskForWhatEachPlacementNeeds() {
        Api.asViewer().get(url("category")).then().statusCode(400).body("errors[0].field", equalTo("category"));
        Api.asViewer().get(url("search")).then().statusCode(400).body("errors[0].field", equalTo("q"));
        Api.asViewer().get(url("product")).then().statusCode(400).body("errors[0].field", equalTo("product"));
        Api.asViewer().get(url("cart")).then().statusCode(400).body("errors[0].field", equalTo("items"));
        Api.asViewer().queryParam("product", "NO_SUCH_PRODUCT").get(url("product")).then().statusCode(404);
        Api.asViewer().queryParam("category", "no_such_category").get(url("category")).then().statusCode(404);
    }

    @Test
    void shouldNameTheContextFieldOrParameterThatIsWrong() {
        Api.asViewer().queryParam("visits", "many").get(url("home")).then().statusCode(422)
                .body("errors[0].field", equalTo("context.visits"));
        Api.asViewer().queryParam("limit", "0").get(url("home")).then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
        Api.asViewer().queryParam("locale", "de_DE").get(url("home")).then().statusCode(400)
                .body("errors[0].field", equalTo("locale"));
        Api.asViewer().body(Map.of("items", "not-a-list")).post(url("cart")).then().statusCode(400)
                .body("errors[0].field", equalTo("items"));
    }
}
