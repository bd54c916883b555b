package io.pimento.targeting.rules;

import io.pimento.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
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
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@QuarkusTest
class RuleValidationTest {

    private static Map<String, Object> rule(Map<String, Object> fields) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("code", unique("invalid"));
        rule.put("action", Map.of("type", "exclude", "query", Map.of("enabled", false)));
        rule.putAll(fields);
        return rule;
    }

    private static Map<String, Object> action(Object... pairs) {
        Map<String, Object> action = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            action.put((String) pairs[i], pairs[i + 1]);
        }
        return Map.of("action", action);
    }

    /** Catalog codes the cases need, created on first use (argument sources run before the application is up). */
    private static String color;
    private static String rating;

    /** The body with {@code COLOR}, {@code RATING} and {@code PRODUCT} standing for codes of this class's catalog. */
    private static String withCatalogCodes(Map<String, Object> body) throws Exception {
        if (color == null) {
            color = Fixtures.selectAttribute("red", "blue");
            rating = Fixtures.attribute("number");
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body)
                .replace("COLOR", color).replace("RATING", rating).replace("PRODUCT", RuleResourceTest.product());
    }

    static Stream<Arguments> invalidRules() {
        return Stream.of(
                arguments("unknown placement", Map.of("placement", "homepage"), "placement", "unknown placement 'homepage'"),
                arguments("malformed segment", Map.of("segment", "mobile social"), "segment", "letters, digits and underscores"),
                arguments("unknown segment", Map.of("segment", "no_such_segment"), "segment", "segment 'no_such_segment' does not exist"),
                arguments("malformed start", Map.of("start", "tomorrow"), "start", "not a date"),
                arguments("start after end", Map.of("start", "2026-12-25", "end", "2026-12-01"), "end", "must come after the start"),
                arguments("missing action", Map.of("action", Map.of()), "action.type", "an action needs a type"),
                arguments("unknown action type", action("type", "shuffle"), "action.type", "unknown action type 'shuffle'"),
                arguments("pin without products", action("type", "pin", "position", 1), "action.products", "at least one product"),
                arguments("pin of an unknown product", action("type", "pin", "products", List.of(unique("NOPE")), "position", 1),
                        "action.products[0]", "does not exist"),
                arguments("pin at position 0", action("type", "pin", "products", List.of("PRODUCT"), "position", 0),
                        "action.position", "positions start at 1"),
                arguments("content without items", action("type", "content", "items", List.of(), "position", 1),
                        "action.items", "at least one content item"),
                arguments("content item that does not exist", action("type", "content", "items", List.of(unique("nope")), "position", 2),
                        "action.items[0]", "content item"),
                arguments("include without query", action("type", "include"), "action.query", "needs a query"),
                arguments("empty query", action("type", "bury", "query", Map.of()), "action.query", "at least one search filter"),
                arguments("boost without weight", action("type", "boost", "query", Map.of("enabled", true)), "action.weight", "needs a weight"),
                arguments("boost with weight 0", action("type", "boost", "query", Map.of("enabled", true), "weight", 0),
                        "action.weight", "above 0"),
                arguments("field of another action type", action("type", "exclude", "query", Map.of("enabled", true), "weight", 2),
                        "action.weight", "takes no weight"),
                arguments("a search parameter that is not a filter", action("type", "exclude", "query", Map.of("sort", "identifier")),
                        "action.query.sort", "not a search filter"),
                arguments("a list inside a filter's values", action("type", "exclude", "query", Map.of("attr.COLOR", List.of("red", List.of()))),
                        "action.query.attr.COLOR", "expects a value or a list of values"),
                arguments("malformed range", action("type", "bury", "query", Map.of("attr.RATING", "5..x")),
                        "action.query.attr.RATING", "'x' is not a number"),
                arguments("unknown attribute", action("type", "exclude", "query", Map.of("attr.nope_nope", List.of("red"))),
                        "action.query.attr.nope_nope", "unknown attribute"),
                arguments("unknown category", action("type", "include", "query", Map.of("category", List.of(unique("nowhere")))),
                        "action.query.category", "unknown category"),
                arguments("completeness without channel", action("type", "bury", "query", Map.of("completeness", "80")),
                        "action.query.completeness", "needs a channel"),
                arguments("two values of a single filter", action("type", "bury", "query", Map.of("q", List.of("wool", "silk"))),
                        "action.query.q", "takes one value"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRules")
    void shouldRefuseAnInvalidRuleNamingTheField(String name, Map<String, Object> fields, String field, String message) throws Exception {
        Map<String, Object> body = rule(fields);
        String json = withCatalogCodes(body);
        String expectedField = field.replace("COLOR", color).replace("RATING", rating);

        asEditor().body(json).post("/api/v1/rules")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.find { it.field == '%s' }.message".formatted(expectedField), containsString(message));
        asViewer().get("/api/v1/rules/{code}", body.get("code")).then().statusCode(404);
    }

    @Test
    void shouldNameEveryInvalidFieldAtOnce() {
        asEditor().body(rule(Map.of("placement", "nowhere", "start", "2027-01-01", "end", "2026-01-01",
                        "action", Map.of("type", "pin", "products", List.of(), "position", -1))))
                .post("/api/v1/rules")
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("placement", "end", "action.products", "action.position"));
    }

    @Test
    void shouldRefuseAnUnknownFieldWith400() {
        asEditor().body(rule(Map.of("colour", "red"))).post("/api/v1/rules")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("colour"));
    }

    @Test
    void shouldRefuseAnUnknownFieldOfTheActionWith400() {
        asEditor().body(rule(action("type", "pin", "product", List.of("X"), "position", 1))).post("/api/v1/rules")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("action.product"));
    }
}
