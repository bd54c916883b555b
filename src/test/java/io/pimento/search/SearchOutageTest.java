package io.pimento.search;

import io.pimento.testing.Api;
import io.pimento.testing.TestServices;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.pimento.search.CatalogFixtures.product;
import static io.pimento.search.CatalogFixtures.unique;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/** OpenSearch is stopped and started again once here (about 10 s): writes must survive it. */
@QuarkusTest
class SearchOutageTest {

    @Inject
    CatalogFixtures fixtures;

    @Test
    void shouldIndexWritesMadeWhileOpenSearchWasDownOnceItIsBack() {
        String family = fixtures.family(unique("family"), null, List.of());
        String before = unique("BEFORE");
        fixtures.product(product(before, family));
        await().untilAsserted(() -> searchFamily(family).statusCode(200).body("total", equalTo(1)));

        String during = unique("DURING");
        long id;
        TestServices.stopOpenSearch();
        try {
            id = fixtures.product(product(during, family));
            // The indexer tried, failed and kept the row for later.
            await().atMost(Duration.ofSeconds(15)).until(() -> fixtures.outboxAttemptsFor(id) >= 1);
            assertThat(fixtures.outboxRowsFor(id)).isEqualTo(1);
            searchFamily(family).statusCode(503);
            given().get("/q/health/ready").then().statusCode(503);
        } finally {
            TestServices.startOpenSearch();
        }

        // No manual action: the indexer's client reconnects and drains the outbox.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> searchFamily(family).statusCode(200)
                .body("items.identifier", contains(before, during)));
        assertThat(fixtures.outboxRowsFor(id)).isZero();
        given().get("/q/health/ready").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse searchFamily(String family) {
        return Api.asViewer().queryParam("family", family).queryParam("sort", "identifier")
                .get("/api/v1/search/products").then();
    }
}
