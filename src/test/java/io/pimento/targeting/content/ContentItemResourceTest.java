package io.pimento.targeting.content;

import io.pimento.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.pimento.catalog.Fixtures.unique;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@QuarkusTest
class ContentItemResourceTest {

    @BeforeEach
    void locales() {
        Fixtures.locale("en_US");
        Fixtures.locale("fr_FR");
    }

    static Map<String, Object> banner(String code) {
        Map<String, Object> item = new HashMap<>();
        item.put("code", code);
        item.put("type", "banner");
        item.put("title", Map.of("en_US", "Welcome!", "fr_FR", "Bienvenue !"));
        item.put("text", Map.of("en_US", "10% off your first order"));
        item.put("image", "https://cdn.example.com/newcomer.jpg");
        item.put("link", "/newcomers");
        item.put("valid_from", "2026-12-01T00:00:00Z");
        item.put("valid_to", "2027-01-01T00:00:00Z");
        return item;
    }

    @Test
    void shouldCreateContentItemAndReadItBack() {
        String code = unique("newcomer_banner");

        asEditor().body(banner(code)).post("/api/v1/content-items")
                .then().statusCode(201).header("ETag", "\"0\"");

        asViewer().get("/api/v1/content-items/{code}", code)
                .then().statusCode(200)
                .body("type", equalTo("banner"))
                .body("title.fr_FR", equalTo("Bienvenue !"))
                .body("text.en_US", equalTo("10% off your first order"))
                .body("image", equalTo("https://cdn.example.com/newcomer.jpg"))
                .body("link", equalTo("/newcomers"))
                .body("valid_from", equalTo("2026-12-01T00:00:00Z"))
                .body("valid_to", equalTo("2027-01-01T00:00:00Z"))
                .body("version", equalTo(0));
    }

    @Test
    void shouldMergeTitlesLocaleByLocaleInAPatch() {
        String code = unique("merged");
        asEditor().body(banner(code)).post("/api/v1/content-items").then().statusCode(201);
        Map<String, Object> title = new HashMap<>();
        title.put("en_US", "Hello!");
        title.put("fr_FR", null);

        asEditor().body(Map.of("title", title)).patch("/api/v1/content-items/{code}", code)
                .then().statusCode(200)
                .body("title", equalTo(Map.of("en_US", "Hello!")))
                .body("type", equalTo("banner"));
    }

    @Test
    void shouldClearValidityWithAnExplicitNull() {
        String code = unique("forever");
        asEditor().body(banner(code)).post("/api/v1/content-items").then().statusCode(201);
        Map<String, Object> patch = new HashMap<>();
        patch.put("valid_to", null);

        asEditor().body(patch).patch("/api/v1/content-items/{code}", code)
                .then().statusCode(200)
                .body("valid_to", nullValue())
                .body("valid_from", equalTo("2026-12-01T00:00:00Z"));
    }

    @Test
    void shouldKeepAFrequencyCapAcrossAPatchAndRemoveItWithAnEmptyObject() {
        String code = unique("capped");
        Map<String, Object> item = banner(code);
        item.put("frequency_cap", Map.of("impressions", 3, "within", "P7D"));
        asEditor().body(item).post("/api/v1/content-items").then().statusCode(201)
                .body("frequency_cap.impressions", equalTo(3)).body("frequency_cap.within", equalTo("P7D"));

        asEditor().body(Map.of("type", "offer")).patch("/api/v1/content-items/{code}", code)
                .then().statusCode(200).body("frequency_cap.impressions", equalTo(3));
        asEditor().body(Map.of("frequency_cap", Map.of())).patch("/api/v1/content-items/{code}", code)
                .then().statusCode(200).body("frequency_cap", nullValue());
    }

    static Stream<Arguments> invalidItems() {
        return Stream.of(
                arguments("unknown type", Map.of("type", "popup"), "type", "unknown type 'popup'"),
                arguments("no title", Map.of("title", Map.of()), "title", "needs a title"),
                arguments("title in an unknown locale", Map.of("title", Map.of("xx_XX", "?")), "title.xx_XX", "does not exist"),
                arguments("text too long", Map.of("text", Map.of("en_US", "x".repeat(2001))), "text.en_US", "2000 characters"),
                arguments("image that is not a URL", Map.of("image", "cat.jpg"), "image", "not an http(s) URL"),
                arguments("link to another scheme", Map.of("link", "javascript:alert(1)"), "link", "not an http(s) URL or a path"),
                arguments("valid_from after valid_to", Map.of("valid_from", "2027-02-01", "valid_to", "2027-01-01"), "valid_to", "must come after"),
                arguments("malformed valid_from", Map.of("valid_from", "soon"), "valid_from", "not a date"),
                arguments("frequency cap of no impressions", Map.of("frequency_cap", Map.of("impressions", 0, "within", "P1D")),
                        "frequency_cap.impressions", "1 to 1000"),
                arguments("frequency cap without a window", Map.of("frequency_cap", Map.of("impressions", 3)),
                        "frequency_cap.within", "not a duration from PT1M to P400D"),
                arguments("frequency cap over a week written as a period", Map.of("frequency_cap", Map.of("impressions", 3, "within", "1 week")),
                        "frequency_cap.within", "'1 week' is not a duration"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidItems")
    void shouldRefuseAnInvalidContentItemNamingTheField(String name, Map<String, Object> fields, String field, String message) {
        Map<String, Object> body = banner(unique("invalid"));
        body.putAll(fields);

        asEditor().body(body).post("/api/v1/content-items")
                .then().statusCode(422)
                .body("errors.find { it.field == '%s' }.message".formatted(field), containsString(message));
        asViewer().get("/api/v1/content-items/{code}", body.get("code")).then().statusCode(404);
    }

    @Test
    void shouldRefuseAStaleIfMatch() {
        String code = unique("locked");
        asEditor().body(banner(code)).post("/api/v1/content-items").then().statusCode(201);
        asEditor().body(Map.of("type", "offer")).patch("/api/v1/content-items/{code}", code).then().statusCode(200);

        asEditor().header("If-Match", "\"0\"").body(Map.of("type", "message")).patch("/api/v1/content-items/{code}", code)
                .then().statusCode(412);
    }

    @Test
    void shouldRefuseAStaleVersionInTheBody() {
        String code = unique("stale");
        asEditor().body(banner(code)).post("/api/v1/content-items").then().statusCode(201);
        asEditor().body(Map.of("type", "offer")).patch("/api/v1/content-items/{code}", code).then().statusCode(200);

        asEditor().body(Map.of("type", "message", "version", 0)).patch("/api/v1/content-items/{code}", code)
                .then().statusCode(409);
    }

    @Test
    void shouldRefuseToDeleteAContentItemARuleShows() {
        String code = unique("shown");
        asEditor().body(banner(code)).post("/api/v1/content-items").then().statusCode(201);
        String rule = unique("welcome");
        asEditor().body(Map.of("code", rule, "action", Map.of("type", "content", "items", List.of(code.toUpperCase()), "position", 1)))
                .post("/api/v1/rules").then().statusCode(201)
                .body("action.items", contains(code));

        asEditor().delete("/api/v1/content-items/{code}", code)
                .then().statusCode(409)
                .body("detail", containsString(rule));

        asEditor().delete("/api/v1/rules/{code}", rule).then().statusCode(204);
        asEditor().delete("/api/v1/content-items/{code}", code).then().statusCode(204);
    }

    @Test
    void shouldRecordTheHistory() {
        String code = unique("history");
        asEditor().body(banner(code)).post("/api/v1/content-items").then().statusCode(201);
        asEditor().body(Map.of("title", Map.of("en_US", "Hi"))).patch("/api/v1/content-items/{code}", code).then().statusCode(200);

        asViewer().get("/api/v1/content-items/{code}/history", code)
                .then().statusCode(200)
                .body("items.action", contains("updated", "created"))
                .body("items[0].changes", contains(Map.of("field", "title.en_US", "before", "Welcome!", "after", "Hi")));
    }

    @Test
    void shouldLetViewersReadButNotWrite() {
        asViewer().body(banner(unique("viewer"))).post("/api/v1/content-items").then().statusCode(403);
        asViewer().get("/api/v1/content-items").then().statusCode(200);
    }
}
