package io.pimento.catalog.product;

import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.pimento.catalog.product.ProductJson.product;
import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ProductStatusTest {

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;
    String sku;

    @BeforeEach
    void createProduct() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
        sku = c.sku("boot");
        asEditor().body(product(sku).family(c.family()).build()).post("/api/v1/products").then().statusCode(201)
                .body("status", equalTo("draft"));
    }

    private void approve() {
        Api.as("reviewer").body(Map.of("status", "approved"))
                .post("/api/v1/products/" + sku + "/status").then().statusCode(200).body("status", equalTo("approved"));
    }

    @Test
    void shouldLetEditorsSendProductsToReview() {
        asEditor().body(Map.of("status", "in_review"))
                .when().patch("/api/v1/products/" + sku)
                .then().statusCode(200)
                .body("status", equalTo("in_review"));
    }

    @Test
    void shouldForbidEditorsToApprove() {
        asEditor().body(Map.of("status", "approved"))
                .when().patch("/api/v1/products/" + sku)
                .then().statusCode(403)
                .body("errors[0].field", equalTo("status"));
        asEditor().body(Map.of("status", "approved"))
                .when().post("/api/v1/products/" + sku + "/status")
                .then().statusCode(403);
        asViewer().get("/api/v1/products/" + sku).then().body("status", equalTo("draft"));
    }

    @Test
    void shouldLetReviewersApprove() {
        approve();
        asViewer().get("/api/v1/products/" + sku).then().body("status", equalTo("approved"));
    }

    @Test
    void shouldSendAnApprovedProductBackToReviewWhenAnEditorChangesIt() {
        approve();
        asEditor().body(ProductJson.empty().value(c.name(), EN, null, "Changed").build())
                .when().patch("/api/v1/products/" + sku)
                .then().statusCode(200)
                .body("status", equalTo("in_review"));
    }

    @Test
    void shouldKeepAProductApprovedWhenAReviewerChangesIt() {
        approve();
        Api.as("reviewer").body(ProductJson.empty().value(c.name(), EN, null, "Changed").build())
                .when().patch("/api/v1/products/" + sku)
                .then().statusCode(200)
                .body("status", equalTo("approved"));
    }

    @Test
    void shouldRefuseAnUnknownStatus() {
        asEditor().body(Map.of("status", "published"))
                .when().post("/api/v1/products/" + sku + "/status")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldForbidViewersToChangeTheStatus() {
        asViewer().body(Map.of("status", "in_review"))
                .when().post("/api/v1/products/" + sku + "/status")
                .then().statusCode(403);
    }

    @Test
    void shouldKeepAStatusChangesCommentInTheHistory() {
        asEditor().body(Map.of("status", "in_review")).post("/api/v1/products/" + sku + "/status").then().statusCode(200);

        Api.as("reviewer").body(Map.of("status", "draft", "comment", "Add the heel height."))
                .when().post("/api/v1/products/" + sku + "/status")
                .then().statusCode(200)
                .body("status", equalTo("draft"));

        asViewer().get("/api/v1/products/" + sku + "/history").then().statusCode(200)
                .body("items[0].author", equalTo("reviewer"))
                .body("items[0].changes.find { it.field == 'comment' }.after", equalTo("Add the heel height."))
                .body("items[0].changes.find { it.field == 'status' }.after", equalTo("draft"));
    }

    @Test
    void shouldRefuseATooLongComment() {
        asEditor().body(Map.of("status", "in_review", "comment", "x".repeat(StatusChange.MAX_COMMENT + 1)))
                .when().post("/api/v1/products/" + sku + "/status")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("comment"));
        asViewer().get("/api/v1/products/" + sku).then().body("status", equalTo("draft"));
    }
}
