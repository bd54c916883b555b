package io.pimento.targeting.rules;

import io.pimento.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.Fixtures.unique;
import static io.pimento.testing.Api.asAdmin;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class RuleResourceTest {

    /** An existing product to pin, created once for the class. */
    private static String product;

    static String product() {
        if (product == null) {
            String family = Fixtures.family();
            product = unique("JACKET");
            asAdmin().body(Map.of("identifier", product, "family", family)).post("/api/v1/products").then().statusCode(201);
        }
        return product;
    }

    static Map<String, Object> pinRule(String code) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("code", code);
        rule.put("placement", "home");
        rule.put("segment", Fixtures.segment("mobile_social"));
        rule.put("priority", 10);
        rule.put("action", Map.of("type", "pin", "products", List.of(product()), "position", 1));
        return rule;
    }

    @Test
    void shouldCreateRuleAndReadItBack() {
        String code = unique("winter_hero");

        asEditor().body(pinRule(code)).post("/api/v1/rules")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/rules/" + code))
                .header("ETag", "\"0\"");

        asViewer().get("/api/v1/rules/{code}", code)
                .then().statusCode(200)
                .body("code", equalTo(code))
                .body("placement", equalTo("home"))
                .body("segment", equalTo("mobile_social"))
                .body("priority", equalTo(10))
                .body("start", nullValue())
                .body("end", nullValue())
                .body("enabled", equalTo(true))
                .body("action.type", equalTo("pin"))
                .body("action.products", contains(product()))
                .body("action.position", equalTo(1))
                .body("version", equalTo(0));
    }

    @Test
    void shouldStoreAQueryWithOneSpellingPerFilter() {
        String code = unique("wool_boost");
        Map<String, Object> rule = Map.of("code", code, "action", Map.of("type", "boost", "weight", 2.0,
                "query", Map.of("q", "wool", "enabled", true, "status", "approved")));

        asEditor().body(rule).post("/api/v1/rules").then().statusCode(201)
                .body("placement", nullValue())
                .body("action.query.q", equalTo("wool"))
                .body("action.query.enabled", equalTo("true"))
                .body("action.query.status", contains("approved"))
                .body("action.weight", equalTo(2.0f));
    }

    @Test
    void shouldListRulesWithACursor() {
        String prefix = unique("list");
        for (String suffix : List.of("a", "b", "c")) {
            asEditor().body(pinRule(prefix + "_" + suffix)).post("/api/v1/rules").then().statusCode(201);
        }
        String next = asViewer().queryParam("limit", 1).queryParam("after", cursorBefore(prefix + "_a"))
                .get("/api/v1/rules").then().statusCode(200)
                .body("items.code", contains(prefix + "_a"))
                .body("next", notNullValue())
                .extract().path("next");

        asViewer().queryParam("limit", 2).queryParam("after", next).get("/api/v1/rules")
                .then().statusCode(200).body("items.code", contains(prefix + "_b", prefix + "_c"));
    }

    /** A cursor that starts the list right before this code (cursors hold the last code seen). */
    private static String cursorBefore(String code) {
        return io.pimento.common.Cursor.encode(code.substring(0, code.length() - 1));
    }

    @Test
    void shouldChangeOnlyTheFieldsAPatchGives() {
        String code = unique("patched");
        asEditor().body(pinRule(code)).post("/api/v1/rules").then().statusCode(201);

        asEditor().body(Map.of("priority", 20, "start", "2026-12-01")).patch("/api/v1/rules/{code}", code)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("priority", equalTo(20))
                .body("start", equalTo("2026-12-01T00:00:00Z"))
                .body("placement", equalTo("home"))
                .body("action.type", equalTo("pin"));
    }

    @Test
    void shouldClearPlacementAndSegmentWithAnExplicitNull() {
        String code = unique("cleared");
        asEditor().body(pinRule(code)).post("/api/v1/rules").then().statusCode(201);
        Map<String, Object> patch = new HashMap<>();
        patch.put("placement", null);
        patch.put("segment", null);

        asEditor().body(patch).patch("/api/v1/rules/{code}", code)
                .then().statusCode(200)
                .body("placement", nullValue())
                .body("segment", nullValue());
    }

    @Test
    void shouldReplaceEveryFieldWithPut() {
        String code = unique("replaced");
        asEditor().body(pinRule(code)).post("/api/v1/rules").then().statusCode(201);

        asEditor().body(Map.of("action", Map.of("type", "exclude", "query", Map.of("enabled", false))))
                .put("/api/v1/rules/{code}", code)
                .then().statusCode(200)
                .body("placement", nullValue())
                .body("priority", equalTo(0))
                .body("action.type", equalTo("exclude"))
                .body("action.products", nullValue());
    }

    @Test
    void shouldCreateWithPutWhenTheRuleDoesNotExist() {
        String code = unique("put_created");

        asEditor().body(pinRule(code)).put("/api/v1/rules/{code}", code).then().statusCode(201);
    }

    @Test
    void shouldRefuseAStaleIfMatch() {
        String code = unique("locked");
        asEditor().body(pinRule(code)).post("/api/v1/rules").then().statusCode(201);
        asEditor().body(Map.of("priority", 1)).patch("/api/v1/rules/{code}", code).then().statusCode(200);

        asEditor().header("If-Match", "\"0\"").body(Map.of("priority", 2)).patch("/api/v1/rules/{code}", code)
                .then().statusCode(412);
        asViewer().get("/api/v1/rules/{code}", code).then().body("priority", equalTo(1));
    }

    @Test
    void shouldRefuseAStaleVersionInTheBody() {
        String code = unique("stale");
        asEditor().body(pinRule(code)).post("/api/v1/rules").then().statusCode(201);
        asEditor().body(Map.of("priority", 1)).patch("/api/v1/rules/{code}", code).then().statusCode(200);

        asEditor().body(Map.of("priority", 2, "version", 0)).patch("/api/v1/rules/{code}", code)
                .then().statusCode(409)
                .body("errors[0].field", equalTo("version"));
    }

    @Test
    void shouldRefuseACodeTakenWhateverItsCase() {
        String code = unique("taken");
        asEditor().body(pinRule(code)).post("/api/v1/rules").then().statusCode(201);

        asEditor().body(pinRule(code.toUpperCase())).post("/api/v1/rules").then().statusCode(409);
    }

    @Test
    void shouldDeleteARule() {
        String code = unique("deleted");
        asEditor().body(pinRule(code)).post("/api/v1/rules").then().statusCode(201);

        asEditor().header("If-Match", "\"0\"").delete("/api/v1/rules/{code}", code).then().statusCode(204);

        asViewer().get("/api/v1/rules/{code}", code).then().statusCode(404);
    }

    @Test
    void shouldRecordWhoChangedWhatInTheHistory() {
        String code = unique("history");
        asEditor().body(pinRule(code)).post("/api/v1/rules").then().statusCode(201);
        asEditor().body(Map.of("priority", 30)).patch("/api/v1/rules/{code}", code).then().statusCode(200);
        asEditor().delete("/api/v1/rules/{code}", code).then().statusCode(204);

        asViewer().get("/api/v1/rules/{code}/history", code)
                .then().statusCode(200)
                .body("items.action", contains("deleted", "updated", "created"))
                .body("items[1].author", equalTo("editor"))
                .body("items[1].changes", contains(Map.of("field", "priority", "before", 10, "after", 30)))
                .body("items[2].changes.field", hasItem("action.products"));
    }

    @Test
    void shouldLetViewersReadButNotWrite() {
        asViewer().body(pinRule(unique("viewer"))).post("/api/v1/rules").then().statusCode(403);
        asViewer().get("/api/v1/rules").then().statusCode(200);
    }

    @Test
    void shouldLetAdminsWrite() {
        asAdmin().body(pinRule(unique("admin"))).post("/api/v1/rules").then().statusCode(201);
    }

    @Test
    void shouldAnswerUnknownRuleWith404() {
        asViewer().get("/api/v1/rules/{code}", unique("missing")).then().statusCode(404)
                .contentType("application/problem+json");
    }
}
