package io.pimento.search;

import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** A query that would make OpenSearch expand hundreds of fuzzy terms is refused before it is sent. */
@QuarkusTest
class SearchCostTest {

    @Test
    void shouldRefuse300FuzzyTermsFast() {
        // 3,300 characters joined by '+': within the 4,096 characters an HTTP request line may have
        String q = String.join("+", java.util.Collections.nCopies(300, "abcdefgh~2"));
        long started = System.nanoTime();

        Api.asViewer().urlEncodingEnabled(false).get("/api/v1/search/products?q=" + q).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", containsString("q is 3299 characters long; at most 1000 are searched"));
        String shorter = String.join(" ", java.util.Collections.nCopies(100, "abc~1"));
        Api.asViewer().queryParam("q", shorter).get("/api/v1/search/products").then().statusCode(400)
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", containsString("q has 100 terms; at most 32 are allowed"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void shouldRefuseTooManyFuzzyTermsInSearchAndSuggest() {
        String q = "abcdefgh~2 ijklmnop~2 qrstuvw~2 xyzabc~2 defghi~2";

        Api.asViewer().queryParam("q", q).get("/api/v1/search/products").then().statusCode(400)
                .body("errors[0].field", equalTo("q"))
                .body("errors[0].message", containsString("5 fuzzy (~) or prefix (*) terms; at most 4"));
        Api.asViewer().queryParam("q", q).get("/api/v1/search/suggest").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void shouldStillRunAFewFuzzyTerms() {
        Api.asViewer().queryParam("q", "boots~1 leath*").get("/api/v1/search/products").then().statusCode(200);
    }
}
