package io.pimento.search.indexing;

import io.pimento.catalog.Fixtures;
import io.pimento.testing.Api;
import io.pimento.web.UiSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.pimento.catalog.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * A document OpenSearch refuses on its own must not stall the outbox: it is set aside after
 * {@code pimento.search.indexer.max-document-attempts} (5) refusals, reported, and queued again by
 * an edit or a rebuild. The poison is a real one, written through the API: a label of 12,000
 * euro signs (a text attribute may hold 65,535 characters) is 36,000 bytes, more than the
 * 32,766 a keyword term may hold in OpenSearch, and the label is also a sort keyword.
 */
@QuarkusTest
class PoisonDocumentTest {

    private static final String POISON_LABEL = "€".repeat(12_000);
    private static final Pattern SET_ASIDE_GAUGE = Pattern.compile("(?m)^pimento_search_outbox_set_aside(?:\\{[^}]*})? ([0-9.]+)");

    @Inject
    EntityManager entityManager;

    private String label;
    private String number;
    private String weight;
    private String family;
    private final List<String> products = new ArrayList<>();

    @BeforeEach
    void catalog() {
        Fixtures.identifier();
        label = Fixtures.attribute(unique("label"), Map.of("type", "text", "max_characters", 65_535));
        number = Fixtures.attribute(unique("ratio"), Map.of("type", "number", "decimals_allowed", true));
        weight = Fixtures.attribute(unique("weight"), Map.of("type", "metric", "metric_family", "weight",
                "default_metric_unit", "gram", "decimals_allowed", true));
        family = unique("family");
        Api.asAdmin().body(Map.of("code", family, "attributes", List.of(label, number, weight), "attribute_as_label", label))
                .post("/api/v1/families").then().statusCode(201);
    }

    @AfterEach
    void deleteProducts() {
        // Deleting a product replaces its set-aside row, so no other test class sees one.
        products.forEach(sku -> Api.asEditor().delete("/api/v1/products/" + sku));
        await().untilAsserted(() -> assertThat(setAsideIdentifiers()).noneMatch(products::contains));
    }

    @Test
    void shouldSetAsideADocumentTheIndexKeepsRefusingAndReportIt() {
        String good = create("GOOD", "Trail shoe");
        String poison = create("POISON", POISON_LABEL);

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> setAside()
                .body("items.identifier", hasItem(poison)));
        setAside().body("items.find { it.identifier == '%s' }.attempts".formatted(poison), equalTo(5))
                .body("items.find { it.identifier == '%s' }.error".formatted(poison), allOf(
                        startsWith("illegal_argument_exception: DocValuesField \"label_sort."), endsWith("is too large, must be <= 32766")))
                .body("items.find { it.identifier == '%s' }.set_aside_at".formatted(poison), not(equalTo(null)));
        // The other product of the same batch was indexed, and the outbox moves on.
        searchFamily().body("items.identifier", contains(good));
        String later = create("LATER", "Road shoe");
        await().untilAsserted(() -> searchFamily().body("items.identifier", contains(good, later)));

        await().untilAsserted(() -> assertThat(setAsideGauge()).isGreaterThanOrEqualTo(1));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'OpenSearch cluster health check' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'OpenSearch cluster health check' }.data.indexing", containsString("degraded"));
        String dashboard = UiSession.login("viewer").page("/ui");
        assertThat(dashboard).contains("products the search index refused", ">" + poison + "</a>", "is too large, must be &lt;= 32766");
    }

    @Test
    void shouldQueueASetAsideProductAgainWhenItIsEdited() {
        String poison = create("EDITED", POISON_LABEL);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> setAside().body("items.identifier", hasItem(poison)));

        Api.asEditor().body(Map.of("values", Map.of(label, List.of(value("Mended boot")))))
                .patch("/api/v1/products/" + poison).then().statusCode(200);

        await().untilAsserted(() -> searchFamily().body("items.identifier", contains(poison))
                .body("items[0].label", equalTo("Mended boot")));
        setAside().body("items.identifier", everyItem(not(equalTo(poison))));
    }

    @Test
    void shouldQueueSetAsideProductsAgainWhenTheIndexIsRebuilt() {
        String poison = create("REBUILT", POISON_LABEL);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> setAside().body("items.identifier", hasItem(poison)));
        // Mended behind the application's back (no outbox row): only the rebuild can pick it up.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        update product set values = jsonb_set(values, array[:label, '0', 'data'], '"Mended by SQL"')
                        where identifier = :sku""")
                .setParameter("label", label).setParameter("sku", poison).executeUpdate());

        Api.asAdmin().post("/api/v1/search/reindex").then().statusCode(202);

        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> Api.asAdmin().get("/api/v1/search/reindex")
                .then().statusCode(200).body("status", equalTo("done")));
        await().untilAsserted(() -> searchFamily().body("items.identifier", contains(poison))
                .body("items[0].label", equalTo("Mended by SQL")));
        setAside().body("items.identifier", everyItem(not(equalTo(poison))));
    }

    /**
     * A stored value the mapping cannot hold, written behind the API's back (as an old version or
     * a direct database fix could have): a number of 400 digits is an infinite double, which
     * OpenSearch refuses. It shares its batch with sound products (consecutive ids: each worker
     * takes every other id), which must get indexed all the same.
     */
    @Test
    void shouldSetAsideAStoredValueTheMappingCannotHoldAndIndexItsBatchMates() {
        String broken = insertBySql(number, "\"" + "9".repeat(400) + "\"");

        setAside().body("items.find { it.identifier == '%s' }.error".formatted(broken), startsWith("mapper_parsing_exception"));
    }

    /**
     * The same infinite amount in a metric fails before OpenSearch is asked (its conversion to the
     * standard unit throws while the batch's documents are built): the failure names no product,
     * so each is tried alone, and only the broken one is counted and set aside.
     */
    @Test
    void shouldFindTheBrokenProductOfABatchWhoseFailureNamesNone() {
        String broken = insertBySql(weight, "{\"amount\": \"" + "9".repeat(400) + "\", \"unit\": \"GRAM\"}");

        setAside().body("items.find { it.identifier == '%s' }.attempts".formatted(broken), equalTo(5));
    }

    /** Inserts a broken product and two sound ones with their outbox rows; waits for the first to be set aside and the others indexed. */
    private String insertBySql(String attribute, String brokenData) {
        String broken = unique("BROKEN");
        String sound = unique("SOUND");
        String sound2 = unique("SOUND");
        QuarkusTransaction.requiringNew().run(() -> {
            for (String sku : List.of(broken, sound, sound2)) {
                products.add(sku);
                entityManager.createNativeQuery("""
                                with p as (insert into product (identifier, family, values)
                                           values (:sku, :family, jsonb_build_object(:label, jsonb_build_array(jsonb_build_object(
                                               'locale', null, 'scope', null, 'data', :sku)), :attribute, jsonb_build_array(
                                               jsonb_build_object('locale', null, 'scope', null, 'data', cast(:data as jsonb)))))
                                           returning id)
                                insert into search_outbox (entity_type, entity_id, interactive) select 'product', id, true from p""")
                        .setParameter("sku", sku).setParameter("family", family).setParameter("label", label)
                        .setParameter("attribute", attribute)
                        .setParameter("data", sku.equals(broken) ? brokenData : "\"12.5\"")
                        .executeUpdate();
            }
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> setAside().body("items.identifier", hasItem(broken)));
        await().untilAsserted(() -> searchFamily().body("items.identifier", containsInAnyOrder(sound, sound2)));
        return broken;
    }

    /** A number the index cannot hold (a double overflows) never gets that far: refused on its field at write time. */
    @Test
    void shouldRefuseANumberOfAThousandDigitsOnItsField() {
        String digits = "9".repeat(1_000);
        String sku = unique("HUGE");

        Api.asEditor().body(Map.of("identifier", sku, "family", family, "values", Map.of(number, List.of(value(digits)))))
                .post("/api/v1/products").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("values." + number + "[0].data"))
                .body("errors[0].message", containsString("number too long (over 100 digits written out)"));
        Api.asEditor().body(Map.of("identifier", sku, "family", family,
                        "values", Map.of(weight, List.of(value(Map.of("amount", digits, "unit", "GRAM"))))))
                .post("/api/v1/products").then().statusCode(422)
                .body("errors[0].field", equalTo("values." + weight + "[0].data"))
                .body("errors[0].message", containsString("number too long"));
        Api.asViewer().get("/api/v1/products/" + sku).then().statusCode(404);
    }

    @Test
    void shouldListSetAsideProductsToAdminsOnly() {
        Api.asEditor().get("/api/v1/search/set-aside").then().statusCode(403);
        Api.asAdmin().queryParam("limit", 0).get("/api/v1/search/set-aside").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    private String create(String prefix, String labelText) {
        String sku = unique(prefix);
        Api.asEditor().body(Map.of("identifier", sku, "family", family, "values", Map.of(label, List.of(value(labelText)))))
                .post("/api/v1/products").then().statusCode(201);
        products.add(sku);
        return sku;
    }

    private static Map<String, Object> value(Object data) {
        Map<String, Object> value = new java.util.HashMap<>();
        value.put("locale", null);
        value.put("scope", null);
        value.put("data", data);
        return value;
    }

    private ValidatableResponse searchFamily() {
        return Api.asViewer().queryParam("family", family).queryParam("sort", "identifier")
                .get("/api/v1/search/products").then().statusCode(200);
    }

    private static ValidatableResponse setAside() {
        return Api.asAdmin().queryParam("limit", 100).get("/api/v1/search/set-aside").then().statusCode(200);
    }

    private static List<String> setAsideIdentifiers() {
        return setAside().extract().jsonPath().getList("items.identifier", String.class);
    }

    private static double setAsideGauge() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = SET_ASIDE_GAUGE.matcher(metrics);
        assertThat(matcher.find()).as("pimento_search_outbox_set_aside in /q/metrics").isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
