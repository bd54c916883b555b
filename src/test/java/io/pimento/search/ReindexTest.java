package io.pimento.search;

import io.pimento.testing.Api;
import io.pimento.testing.SearchBacklog;
import io.pimento.testing.TestServices;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.pimento.search.CatalogFixtures.product;
import static io.pimento.search.CatalogFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ReindexTest {

    @Inject
    CatalogFixtures fixtures;

    @Test
    void shouldRebuildADeletedIndexFromTheDatabase() {
        String family = fixtures.family(unique("family"), null, List.of());
        String identifier = unique("SKU");
        fixtures.product(product(identifier, family));
        await().untilAsserted(() -> searchFamily(family).statusCode(200).body("total", equalTo(1)));

        // Hibernate Search's index "products" is the index products-000001 behind the aliases products-read/-write.
        given().delete("http://" + TestServices.openSearchHost() + "/products-000001").then().statusCode(200);
        searchFamily(family).statusCode(503);

        Api.asAdmin().queryParam("recreate", true).post("/api/v1/search/reindex")
                .then().statusCode(202)
                .header("Location", notNullValue())
                .body("status", equalTo("running"))
                .body("started_at", notNullValue());

        // The rebuild queues every product in the background: until it has, the outbox may look drained.
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> Api.asAdmin().get("/api/v1/search/reindex")
                .then().statusCode(200).body("documents", greaterThanOrEqualTo(1)));
        // it re-indexes every product earlier classes left: wait on its progress, not a fixed time
        SearchBacklog.awaitDrained(Duration.ofMinutes(2), Duration.ofMinutes(10), "the rebuild");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.asAdmin().get("/api/v1/search/reindex")
                .then().statusCode(200)
                .body("status", equalTo("done"))
                .body("finished_at", notNullValue())
                .body("documents", greaterThanOrEqualTo(1)));
        searchFamily(family).statusCode(200).body("items.identifier", contains(identifier));
    }

    @Test
    void shouldKeepEveryProductSearchableWhileTheIndexIsRebuiltAndDropDocumentsOfDeletedProducts() {
        String family = fixtures.family(unique("family"), null, List.of());
        fixtures.bulkProducts(unique("KEPT"), family, 30);
        long gone = fixtures.product(product(unique("GONE"), family));
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> searchFamily(family).statusCode(200).body("total", equalTo(31)));
        // deleted behind the index's back (a restored backup, a manual fix): only a rebuild can notice
        fixtures.deleteProductSilently(gone);
        searchFamily(family).statusCode(200).body("total", equalTo(31));

        Api.asAdmin().post("/api/v1/search/reindex").then().statusCode(202);

        // refreshed in place: every search during the rebuild sees the whole family, never a part of it
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        List<Integer> totals = new ArrayList<>();
        while (!"done".equals(Api.asAdmin().get("/api/v1/search/reindex").then().extract().path("status"))
                && Instant.now().isBefore(deadline)) {
            totals.add(searchFamily(family).statusCode(200).extract().path("total"));
            sleep(200);
        }
        // (a rebuild of a small catalog may be done before the first look: then there is nothing to check here)
        assertThat(totals).as("totals seen during the rebuild").allSatisfy(total -> assertThat(total).isGreaterThanOrEqualTo(30));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> searchFamily(family).statusCode(200).body("total", equalTo(30)));
    }

    @Test
    void shouldRefuseARecreateFlagThatIsNotABoolean() {
        Api.asAdmin().queryParam("recreate", "maybe").post("/api/v1/search/reindex").then().statusCode(400);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldLetOnlyAdministratorsRebuildTheIndex() {
        Api.asEditor().post("/api/v1/search/reindex").then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse searchFamily(String family) {
        return Api.asViewer().queryParam("family", family).get("/api/v1/search/products").then();
    }
}
