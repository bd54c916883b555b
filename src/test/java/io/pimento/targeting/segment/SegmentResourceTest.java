package io.pimento.targeting.segment;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.Fixtures.unique;
import static io.pimento.testing.Api.asAdmin;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SegmentResourceTest {

    static final Map<String, Object> MOBILE = Map.of("field", "device", "op", "eq", "value", "mobile");

    static Map<String, Object> segment(String code, Object condition) {
        return Map.of("code", code, "name", "Segment " + code, "condition", condition);
    }

    static String create(Object condition) {
        String code = unique("seg");
        asEditor().body(segment(code, condition)).post("/api/v1/segments").then().statusCode(201);
        return code;
    }

    @Test
    void shouldCreateSegmentWithLocationAndVersionAsETag() {
        String code = unique("seg");
        Map<String, Object> condition = Map.of("all", List.of(MOBILE,
                Map.of("any", List.of(Map.of("field", "utm_source", "op", "in", "value", List.of("instagram", "tiktok")),
                        Map.of("field", "referrer", "op", "contains", "value", "instagram.com"))),
                Map.of("not", Map.of("field", "tier", "op", "eq", "value", "gold"))));

        asEditor().body(Map.of("code", code, "name", "Mobile shoppers from social campaigns", "description", "For the app banner",
                        "condition", condition))
                .post("/api/v1/segments")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/segments/" + code))
                .header("ETag", "\"0\"")
                .body("version", equalTo(0))
                .body("created_at", notNullValue());

        asViewer().get("/api/v1/segments/{code}", code)
                .then().statusCode(200)
                .body("name", equalTo("Mobile shoppers from social campaigns"))
                .body("description", equalTo("For the app banner"))
                .body("condition.all[1].any[0].value", equalTo(List.of("instagram", "tiktok")))
                .body("condition.all[2].not.field", equalTo("tier"));
    }

    @Test
    void shouldListSegmentsByCodeWithACursor() {
        String prefix = unique("list");
        for (String suffix : List.of("a", "b", "c")) {
            asEditor().body(segment(prefix + "_" + suffix, MOBILE)).post("/api/v1/segments").then().statusCode(201);
        }
        String after = io.pimento.common.Cursor.encode(prefix);

        String next = asViewer().queryParam("limit", 2).queryParam("after", after).get("/api/v1/segments")
                .then().statusCode(200)
                .body("items.code", equalTo(List.of(prefix + "_a", prefix + "_b")))
                .body("next", notNullValue())
                .extract().path("next");

        asViewer().queryParam("limit", 1).queryParam("after", next).get("/api/v1/segments")
                .then().statusCode(200)
                .body("items.code", equalTo(List.of(prefix + "_c")));
    }

    @Test
    void shouldAnswer404ForAnUnknownSegment() {
        asViewer().get("/api/v1/segments/{code}", unique("nope")).then().statusCode(404);
    }

    @Test
    void shouldRefuseAnExistingCodeWhateverItsCase() {
        String code = create(MOBILE);

        asEditor().body(segment(code.toUpperCase(), MOBILE)).post("/api/v1/segments")
                .then().statusCode(409);
    }

    @Test
    void shouldRefuseUnknownOperatorWithItsJsonPath() {
        Map<String, Object> condition = Map.of("all", List.of(Map.of("field", "device", "op", "equals", "value", "mobile")));

        asEditor().body(segment(unique("seg"), condition)).post("/api/v1/segments")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("condition.all[0].op"))
                .body("errors[0].message", containsString("unknown operator 'equals'; operators are eq, neq, in"));
    }

    @Test
    void shouldRefuseUnknownFieldWithItsJsonPath() {
        Map<String, Object> condition = Map.of("any", List.of(MOBILE, Map.of("field", "browser", "op", "eq", "value", "firefox")));

        asEditor().body(segment(unique("seg"), condition)).post("/api/v1/segments")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("condition.any[1].field"))
                .body("errors[0].message", containsString("unknown field 'browser'"));
    }

    @Test
    void shouldRefuseAValueOfTheWrongTypeWithItsJsonPath() {
        Map<String, Object> condition = Map.of("all", List.of(MOBILE,
                Map.of("not", Map.of("field", "utm_source", "op", "in", "value", "instagram"))));

        asEditor().body(segment(unique("seg"), condition)).post("/api/v1/segments")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("condition.all[1].not.value"))
                .body("errors[0].message", containsString("'in' needs a non-empty list of values"));
    }

    @Test
    void shouldRequireANameAndACondition() {
        asEditor().body(Map.of("code", unique("seg"))).post("/api/v1/segments")
                .then().statusCode(422)
                .body("errors.field", hasItems("name", "condition"));
    }

    @Test
    void shouldReplaceTheConditionWithAPatchAndRecordHistory() {
        String code = create(MOBILE);
        Map<String, Object> tablet = Map.of("field", "device", "op", "eq", "value", "tablet");

        asEditor().body(Map.of("condition", tablet)).patch("/api/v1/segments/{code}", code)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("condition.value", equalTo("tablet"))
                .body("name", equalTo("Segment " + code));

        asViewer().get("/api/v1/history/segment/{code}", code)
                .then().statusCode(200)
                .body("items.action", hasItems("created", "updated"))
                .body("items[0].author", equalTo("editor"))
                .body("items[0].changes.field", hasItem("condition.value"));
    }

    @Test
    void shouldKeepTheConditionWhenAPatchSendsNull() {
        String code = create(MOBILE);
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Renamed");
        body.put("condition", null);

        asEditor().body(body).patch("/api/v1/segments/{code}", code)
                .then().statusCode(200)
                .body("name", equalTo("Renamed"))
                .body("condition.value", equalTo("mobile"));
    }

    @Test
    void shouldReplaceEveryFieldWithAPut() {
        String code = unique("seg");
        asEditor().body(Map.of("code", code, "name", "First", "description", "gone soon", "condition", MOBILE))
                .post("/api/v1/segments").then().statusCode(201);

        asEditor().body(Map.of("name", "Second", "condition", MOBILE)).put("/api/v1/segments/{code}", code)
                .then().statusCode(200)
                .body("name", equalTo("Second"))
                .body("description", nullValue());
    }

    @Test
    void shouldCreateWithAPutOnANewCode() {
        String code = unique("seg");

        asEditor().body(Map.of("name", "Put", "condition", MOBILE)).put("/api/v1/segments/{code}", code)
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/segments/" + code));
    }

    @Test
    void shouldRefuseAStaleIfMatchWith412() {
        String code = create(MOBILE);
        asEditor().body(Map.of("name", "Renamed")).patch("/api/v1/segments/{code}", code).then().statusCode(200);

        asEditor().header("If-Match", "\"0\"").body(Map.of("name", "Late")).patch("/api/v1/segments/{code}", code)
                .then().statusCode(412);
        asViewer().get("/api/v1/segments/{code}", code).then().body("name", equalTo("Renamed"));
    }

    @Test
    void shouldRefuseAStaleVersionInTheBodyWith409() {
        String code = create(MOBILE);
        asEditor().body(Map.of("name", "Renamed")).patch("/api/v1/segments/{code}", code).then().statusCode(200);

        asEditor().body(Map.of("name", "Late", "version", 0)).patch("/api/v1/segments/{code}", code)
                .then().statusCode(409)
                .body("errors[0].field", equalTo("version"));
    }

    @Test
    void shouldDeleteHonouringIfMatch() {
        String code = create(MOBILE);

        asEditor().header("If-Match", "\"3\"").delete("/api/v1/segments/{code}", code).then().statusCode(412);
        asEditor().header("If-Match", "\"0\"").delete("/api/v1/segments/{code}", code).then().statusCode(204);

        asViewer().get("/api/v1/segments/{code}", code).then().statusCode(404);
        asViewer().get("/api/v1/history/segment/{code}", code).then().body("items[0].action", equalTo("deleted"));
    }

    @Test
    void shouldNotLetAViewerWrite() {
        String code = create(MOBILE);

        asViewer().body(segment(unique("seg"), MOBILE)).post("/api/v1/segments").then().statusCode(403);
        asViewer().body(Map.of("name", "No")).patch("/api/v1/segments/{code}", code).then().statusCode(403);
        asViewer().delete("/api/v1/segments/{code}", code).then().statusCode(403);
    }

    @Test
    void shouldLetAnAdminWriteAsEditorsDo() {
        asAdmin().body(segment(unique("seg"), MOBILE)).post("/api/v1/segments").then().statusCode(201);
    }

    @Test
    void shouldRefuseTheCodeOfTheEvaluateEndpoint() {
        asEditor().body(Map.of("name", "Clash", "condition", MOBILE)).put("/api/v1/segments/{code}", "Evaluate")
                .then().statusCode(422);
        asEditor().body(segment("evaluate", MOBILE)).post("/api/v1/segments")
                .then().statusCode(422)
                .body("errors.field", hasItem("code"))
                .body("errors", hasSize(1));
    }
}
