package io.pimento.demo;

import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

/** Starts Pimento as {@code bin/pimento run} does, with the demo catalog, on an empty database. */
@QuarkusTest
@TestProfile(DemoCatalogTest.WithDemo.class)
class DemoCatalogTest {

    public static class WithDemo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pimento.demo.load", "true");
        }
    }

    @Test
    void demoCatalogImportsEveryFileWithoutRejectedRows() {
        JsonPath jobs = awaitAllImportsFinished();
        assertThat(jobs.getList("items.status", String.class)).containsOnly("completed");
        assertThat(jobs.getList("items.rejected", Integer.class)).containsOnly(0);
        assertThat(jobs.getList("items.type", String.class)).contains("families", "product_models", "products");

        Api.asViewer().get("/api/v1/products/BACK-01-ORA").then().statusCode(200)
                .body("family", org.hamcrest.Matchers.equalTo("backpacks"))
                .body("values.main_image[0].data", org.hamcrest.Matchers.notNullValue());
        Api.asViewer().get("/api/v1/families").then().statusCode(200).body("items.code", hasItem("sneakers"));
    }

    @Test
    void demoProductsBecomeSearchableWithFacets() {
        awaitAllImportsFinished();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                Api.asViewer().queryParam("q", "jacket").queryParam("locale", "en_US").queryParam("facets", "family,color")
                        .get("/api/v1/search/products")
                        .then().statusCode(200)
                        .body("total", greaterThan(10))
                        .body("facets.family.value", hasItem("jackets")));
    }

    @Test
    void demoSegmentsComeWithTheCatalog() {
        Api.asViewer().queryParam("limit", 100).get("/api/v1/segments").then().statusCode(200)
                .body("items.code", org.hamcrest.Matchers.hasItems("new_visitors", "loyal_customers", "mobile_social", "outdoor_enthusiasts"));

        Api.asViewer().body(Map.of("context", Map.of("device", "mobile", "utm_source", "tiktok", "tier", "platinum"),
                        "segments", List.of("loyal_customers", "mobile_social", "outdoor_enthusiasts", "new_visitors")))
                .post("/api/v1/segments/evaluate")
                .then().statusCode(200)
                .body("evaluated", org.hamcrest.Matchers.equalTo(4))
                .body("matched.code", org.hamcrest.Matchers.contains("loyal_customers", "mobile_social"));
    }

    private static JsonPath awaitAllImportsFinished() {
        return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonPath page = Api.asAdmin().queryParam("limit", 100).get("/api/v1/imports").then().statusCode(200).extract().jsonPath();
            List<String> statuses = page.getList("items.status", String.class);
            boolean done = statuses.size() >= DemoCatalogLoader.FILES.size()
                    && statuses.stream().noneMatch(s -> s.equals("queued") || s.equals("running"));
            return done ? page : null;
        }, java.util.Objects::nonNull);
    }
}
