package io.pimento.bulkactions;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.SearchBacklog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.testing.Api.as;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** {@code /api/v1/products/bulk-actions}: jobs that change many products through the product service. */
@QuarkusTest
class BulkActionApiTest {

    private static final String BULK = "/api/v1/products/bulk-actions";

    @Inject
    CatalogFixtures fixtures;

    @Inject
    BulkActionRunner runner;

    TestCatalog c;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
    }

    private List<String> products(String base, int count) {
        List<String> identifiers = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String sku = c.sku(base + i);
            asEditor().body(Map.of("identifier", sku, "family", c.family(),
                            "values", Map.of(c.name(), List.of(value(EN, "Product " + i)))))
                    .post("/api/v1/products").then().statusCode(201);
            identifiers.add(sku);
        }
        return identifiers;
    }

    private static Map<String, Object> value(String locale, Object data) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("locale", locale);
        value.put("scope", null);
        value.put("data", data);
        return value;
    }

    private static long start(Map<String, Object> body) {
        return asEditor().body(body).post(BULK).then().statusCode(202).extract().jsonPath().getLong("id");
    }

    /** Polls the job until it has finished, and answers it. */
    static JsonPath finished(long id) {
        AtomicReference<JsonPath> job = new AtomicReference<>();
        Awaitility.await("bulk action " + id).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            job.set(asEditor().get(BULK + "/" + id).then().statusCode(200).extract().jsonPath());
            return !List.of("queued", "running").contains(job.get().getString("status"));
        });
        return job.get();
    }


    @Test
    void shouldDisableEveryProductTheSearchFindsWithAHistoryEntryEach() {
        List<String> identifiers = products("dis", 30);
        Map<String, List<String>> query = Map.of("family", List.of(c.family()));
        SearchBacklog.await("the products indexed", Duration.ofSeconds(30), () ->
                asViewer().queryParam("family", c.family()).get("/api/v1/search/products").then().body("total", equalTo(30)));

        JsonPath job = finished(start(Map.of("query", query, "action", Map.of("type", "disable"))));

        assertThat(job.getString("status")).isEqualTo("completed");
        assertThat(job.getString("selected_by")).isEqualTo("query");
        assertThat(job.getInt("total")).isEqualTo(30);
        assertThat(job.getInt("changed")).isEqualTo(30);
        assertThat(job.getInt("failed")).isZero();
        for (String identifier : identifiers) {
            asViewer().get("/api/v1/products/" + identifier).then().body("enabled", equalTo(false));
            asViewer().get("/api/v1/products/" + identifier + "/history").then()
                    .body("items[0].author", equalTo("editor"))
                    .body("items[0].changes.field", hasItem("enabled"));
        }

        JsonPath again = finished(start(Map.of("identifiers", identifiers.subList(0, 3), "action", Map.of("type", "enable"))));
        assertThat(again.getInt("changed")).isEqualTo(3);
        asViewer().get("/api/v1/products/" + identifiers.get(0)).then().body("enabled", equalTo(true));
        asViewer().get("/api/v1/products/" + identifiers.get(3)).then().body("enabled", equalTo(false));
    }

    @Test
    void shouldMakeABulkActionOverHundredsOfProductsSearchableWhenItEnds() {
        // more than a chunk (100): the job holds its index changes back, as an import does, and releases them at the end
        products("many", 250);
        Map<String, List<String>> query = Map.of("family", List.of(c.family()));
        SearchBacklog.await("the products indexed", Duration.ofSeconds(60), () ->
                asViewer().queryParam("family", c.family()).get("/api/v1/search/products").then().body("total", equalTo(250)));

        JsonPath job = finished(start(Map.of("query", query, "action", Map.of("type", "disable"))));

        assertThat(job.getString("status")).isEqualTo("completed");
        assertThat(job.getInt("changed")).isEqualTo(250);
        // well within the 10 minutes a held change waits when its writer never says it has finished
        SearchBacklog.await("the disabled products searchable", Duration.ofSeconds(60), () ->
                asViewer().queryParam("family", c.family()).queryParam("enabled", "false").get("/api/v1/search/products")
                        .then().body("total", equalTo(250)));
    }

    @Test
    void shouldSetAValueOnTheOthersAndReportTheProductThatRefusesIt() {
        List<String> identifiers = new ArrayList<>(products("val", 4));
        String model = c.sku("boot");
        asEditor().body(Map.of("code", model, "family_variant", c.familyBySize())).post("/api/v1/product-models").then().statusCode(201);
        String variant = c.sku("boot_m");
        asEditor().body(Map.of("identifier", variant, "parent", model, "values", Map.of(c.size(), List.of(value(null, "m")))))
                .post("/api/v1/products").then().statusCode(201);
        identifiers.add(2, variant);

        JsonPath job = finished(start(Map.of("identifiers", identifiers,
                "action", Map.of("type", "set_value", "attribute", c.name(), "locale", EN, "data", "Summer boot"))));

        assertThat(job.getString("status")).isEqualTo("completed");
        assertThat(job.getInt("changed")).isEqualTo(4);
        assertThat(job.getInt("failed")).isEqualTo(1);
        assertThat(job.getList("failures.identifier")).containsExactly(variant);
        assertThat(job.getString("failures[0].errors[0].field")).isEqualTo("values." + c.name());
        for (String identifier : identifiers) {
            if (!identifier.equals(variant)) {
                asViewer().get("/api/v1/products/" + identifier).then()
                        .body("values.%s[0].data".formatted(c.name()), equalTo("Summer boot"));
            }
        }
    }

    @Test
    void shouldRefuseAViewer() {
        asViewer().body(Map.of("identifiers", List.of("x"), "action", Map.of("type", "enable"))).post(BULK)
                .then().statusCode(403);
    }

    @Test
    void shouldDeleteOnlyOnceConfirmed() {
        List<String> identifiers = products("del", 2);
        Map<String, Object> body = new LinkedHashMap<>(Map.of("identifiers", identifiers, "action", Map.of("type", "delete")));
        asEditor().body(body).post(BULK).then().statusCode(422).body("errors[0].field", equalTo("confirm"));
        asViewer().get("/api/v1/products/" + identifiers.get(0)).then().statusCode(200);

        body.put("confirm", true);
        JsonPath job = finished(start(body));

        assertThat(job.getInt("changed")).isEqualTo(2);
        asViewer().get("/api/v1/products/" + identifiers.get(0)).then().statusCode(404);
    }

    @Test
    void shouldLetOnlyReviewersApprove() {
        List<String> identifiers = products("appr", 1);
        asEditor().body(Map.of("identifiers", identifiers, "action", Map.of("type", "set_status", "status", "approved")))
                .post(BULK).then().statusCode(403);
        long id = as("reviewer").body(Map.of("identifiers", identifiers, "action", Map.of("type", "set_status", "status", "approved")))
                .post(BULK).then().statusCode(202).extract().jsonPath().getLong("id");
        assertThat(finished(id).getInt("changed")).isEqualTo(1);
        asViewer().get("/api/v1/products/" + identifiers.get(0)).then().body("status", equalTo("approved"));
    }

    @Test
    void shouldRefuseAnUnknownCategoryOrFilterBeforeStarting() {
        asEditor().body(Map.of("identifiers", List.of("x"), "action", Map.of("type", "add_categories", "categories", List.of("nope_" + c.suffix()))))
                .post(BULK).then().statusCode(422).body("errors[0].field", equalTo("action.categories"));
        asEditor().body(Map.of("query", Map.of("family", List.of("nope_" + c.suffix())), "action", Map.of("type", "enable")))
                .post(BULK).then().statusCode(400);
        asEditor().body(Map.of("identifiers", List.of("x"), "action", Map.of("type", "explode")))
                .post(BULK).then().statusCode(422).body("errors[0].field", equalTo("action.type"));
    }

    @Test
    void shouldMarkAJobWhoseInstanceStoppedAsInterrupted() {
        // a job some other instance was running when it stopped: running, its heartbeat long gone
        long id = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            BulkActionJob job = new BulkActionJob();
            job.action = new BulkAction("enable", null, null, null, null, null, null);
            job.selection = new BulkSelection(List.of(c.sku("gone")), null);
            job.createdBy = "editor";
            job.status = BulkActionStatus.RUNNING;
            job.total = 500;
            job.processed = 200;
            job.heartbeatAt = java.time.Instant.now().minus(Duration.ofHours(1));
            job.persist();
            return job.id;
        });

        runner.failOrphans();

        asEditor().get(BULK + "/" + id).then().statusCode(200)
                .body("status", equalTo("interrupted"))
                .body("processed", equalTo(200))
                .body("message", org.hamcrest.Matchers.containsString("run the action again"));
    }
}
