package io.pimento.catalog;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.pimento.testing.Api.asAdmin;

/**
 * Structure test data created through the API. Codes get a random suffix so that tests stay
 * independent on a database that is only wiped when Quarkus starts.
 */
public final class Fixtures {

    public static final String IDENTIFIER = "sku";
    public static final String DEFAULT_GROUP = "other";

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** Idempotent: the same locale may be asked for by many tests. */
    public static String locale(String code) {
        asAdmin().body(Map.of("code", code, "enabled", true)).put("/api/v1/locales/{code}", code)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        return code;
    }

    /** Idempotent: a segment (matching mobile visitors) that rules may name. */
    public static String segment(String code) {
        asAdmin().body(Map.of("code", code, "name", code, "condition", Map.of("field", "device", "op", "eq", "value", "mobile")))
                .put("/api/v1/segments/{code}", code)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        return code;
    }

    public static String currency(String code) {
        asAdmin().body(Map.of("code", code, "enabled", true)).put("/api/v1/currencies/{code}", code)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        return code;
    }

    public static String attributeGroup() {
        return attributeGroup(unique("group"));
    }

    public static String attributeGroup(String code) {
        asAdmin().body(Map.of("code", code)).patch("/api/v1/attribute-groups/{code}", code)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        return code;
    }

    /** The catalog's single identifier attribute ({@value #IDENTIFIER}), created on first use. */
    public static String identifier() {
        attributeGroup(DEFAULT_GROUP);
        asAdmin().body(Map.of("code", IDENTIFIER, "type", "identifier", "group", DEFAULT_GROUP))
                .patch("/api/v1/attributes/{code}", IDENTIFIER)
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
        return IDENTIFIER;
    }

    public static String attribute(String type) {
        return attribute(unique(type), Map.of("type", type));
    }

    /** An attribute of the default group with these fields (type included). */
    public static String attribute(String code, Map<String, Object> fields) {
        attributeGroup(DEFAULT_GROUP);
        Map<String, Object> body = new java.util.HashMap<>(fields);
        body.put("code", code);
        body.putIfAbsent("group", DEFAULT_GROUP);
        asAdmin().body(body).post("/api/v1/attributes").then().statusCode(201);
        return code;
    }

    public static String selectAttribute(String... options) {
        String code = attribute("simpleselect");
        for (String option : options) {
            asAdmin().body(Map.of("code", option)).post("/api/v1/attributes/{code}/options", code).then().statusCode(201);
        }
        return code;
    }

    public static String rootCategory() {
        return category(unique("tree"), null);
    }

    public static String category(String code, String parent) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("code", code);
        body.put("parent", parent);
        asAdmin().body(body).post("/api/v1/categories").then().statusCode(201);
        return code;
    }

    public static String channel() {
        String code = unique("channel");
        asAdmin().body(Map.of("code", code, "category_tree", rootCategory(),
                        "locales", List.of(locale("en_US")), "currencies", List.of(currency("EUR"))))
                .post("/api/v1/channels").then().statusCode(201);
        return code;
    }

    public static String family(String... attributes) {
        identifier();
        String code = unique("family");
        asAdmin().body(Map.of("code", code, "attributes", List.of(attributes)))
                .post("/api/v1/families").then().statusCode(201);
        return code;
    }
}
