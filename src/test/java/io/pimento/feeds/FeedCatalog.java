package io.pimento.feeds;

import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Catalog content for feed tests, written through the REST API on a test's own
 * {@link TestCatalog} (channels ecommerce: en_US, fr_FR, EUR, USD; mobile: en_US, EUR; both on the
 * tree master > boots), plus channel tokens.
 */
public final class FeedCatalog {

    private FeedCatalog() {
    }

    /** A product body: identifier, family, categories, and values added with {@link Body#value}. */
    public static Body product(TestCatalog c, String base, String... categories) {
        Body body = new Body();
        body.fields.put("identifier", c.sku(base));
        body.fields.put("family", c.family());
        body.fields.put("categories", List.of(categories));
        return body;
    }

    /** A new root category (a tree no test channel uses); returns its code. */
    public static String otherTree(TestCatalog c) {
        String code = "elsewhere_" + c.suffix();
        Api.asAdmin().body(Map.of("code", code)).post("/api/v1/categories").then().statusCode(201);
        return code;
    }

    /** A new token of the channel; returns the token itself. */
    public static String token(String channel) {
        return Api.asAdmin().body(Map.of("name", "shop")).post("/api/v1/channels/" + channel + "/tokens")
                .then().statusCode(201).extract().path("token");
    }

    public static RequestSpecification withToken(String token) {
        return given().header("Authorization", "Bearer " + token).accept(ContentType.JSON);
    }

    public static String feed(String channel) {
        return "/api/v1/feeds/" + channel + "/products";
    }

    /** A product or product model request body in Akeneo's shape. */
    public static final class Body {
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private final Map<String, List<Map<String, Object>>> values = new LinkedHashMap<>();

        public Body set(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        public Body value(String attribute, Object data) {
            return value(attribute, null, null, data);
        }

        public Body value(String attribute, String locale, String scope, Object data) {
            Map<String, Object> value = new HashMap<>();
            value.put("locale", locale);
            value.put("scope", scope);
            value.put("data", data);
            values.computeIfAbsent(attribute, a -> new ArrayList<>()).add(value);
            return this;
        }

        public Map<String, Object> build() {
            Map<String, Object> body = new LinkedHashMap<>(fields);
            body.put("values", values);
            return body;
        }

        /** Creates it as a product. */
        public void create() {
            Api.asEditor().body(build()).post("/api/v1/products").then().statusCode(201);
        }
    }
}
