package io.pimento.feeds;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class FeedSettingsTest {

    @Inject
    CatalogFixtures fixtures;

    String settings;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        TestCatalog c = fixtures.standardCatalog();
        settings = "/api/v1/channels/" + c.mobile() + "/feed-settings";
    }

    @Test
    void shouldStartWithEveryProductOfTheTree() {
        Api.asViewer().get(settings)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("complete_only", equalTo(false))
                .body("version", equalTo(0));
    }

    @Test
    void shouldCountVersionsOfTheSettings() {
        Api.asAdmin().body(Map.of("complete_only", true)).put(settings).then().statusCode(200).header("ETag", "\"0\"");

        Api.asAdmin().body(Map.of("complete_only", false)).header("If-Match", "\"0\"").put(settings)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("complete_only", equalTo(false));
    }

    @Test
    void shouldRefuseAStaleIfMatch() {
        Api.asAdmin().body(Map.of("complete_only", true)).header("If-Match", "\"3\"").put(settings)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void shouldNotLetAViewerChangeThem() {
        Api.asViewer().body(Map.of("complete_only", true)).put(settings).then().statusCode(403);
    }

    @Test
    void shouldAnswer404ForAnUnknownChannel() {
        Api.asViewer().get("/api/v1/channels/nowhere_x9/feed-settings").then().statusCode(404);
    }
}
