package io.pimento.catalog.product;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.ProductJson.product;
import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ProductBulkTest {

    private static final String COLLECTION = "application/vnd.akeneo.collection+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
    }

    private List<JsonNode> bulk(String path, String contentType, String body) throws Exception {
        String response = asEditor().contentType(contentType).accept(COLLECTION).body(body.getBytes(StandardCharsets.UTF_8))
                .when().patch(path)
                .then().statusCode(200)
                .contentType(COLLECTION)
                .extract().asString();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : response.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static String line(Map<String, Object> body) throws Exception {
        return JSON.writeValueAsString(body);
    }

    @Test
    void shouldApplyEachLineOnItsOwnAndReportEach() throws Exception {
        String existing = c.sku("existing");
        asEditor().body(product(existing).family(c.family()).build()).post("/api/v1/products").then().statusCode(201);
        String body = String.join("\n",
                line(product(c.sku("new")).family(c.family()).value(c.name(), EN, null, "New").build()),
                line(product(existing).value(c.name(), EN, null, "Updated").build()),
                line(product(c.sku("bad")).family(c.family()).value(c.color(), "purple").build()),
                "{not json",
                line(product(null).family(c.family()).build()));

        List<JsonNode> results = bulk("/api/v1/products", COLLECTION, body);

        assertThat(results).extracting(r -> r.get("line").asInt()).containsExactly(1, 2, 3, 4, 5);
        assertThat(results).extracting(r -> r.get("status_code").asInt()).containsExactly(201, 204, 422, 400, 422);
        assertThat(results.get(0).get("identifier").asText()).isEqualTo(c.sku("new"));
        assertThat(results.get(2).get("identifier").asText()).isEqualTo(c.sku("bad"));
        assertThat(results.get(2).get("errors").get(0).get("field").asText()).isEqualTo("values." + c.color() + "[0].data");
        assertThat(results.get(3).get("message").asText()).contains("malformed JSON");
        asViewer().get("/api/v1/products/" + c.sku("new")).then().statusCode(200);
        asViewer().get("/api/v1/products/" + existing).then().body("values." + c.name() + "[0].data", equalTo("Updated"));
        asViewer().get("/api/v1/products/" + c.sku("bad")).then().statusCode(404);
    }

    @Test
    void shouldAcceptNdjson() throws Exception {
        List<JsonNode> results = bulk("/api/v1/products", "application/x-ndjson", line(product(c.sku("nd")).build()) + "\n\n");

        assertThat(results).singleElement().satisfies(r -> assertThat(r.get("status_code").asInt()).isEqualTo(201));
    }

    @Test
    void shouldRefuseMoreThanAThousandLinesAndApplyNone() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i <= 1000; i++) {
            body.append(line(product(c.sku("many" + i)).build())).append('\n');
        }
        asEditor().contentType(COLLECTION).accept(COLLECTION).body(body.toString())
                .when().patch("/api/v1/products")
                .then().statusCode(413)
                .contentType("application/problem+json");
        asViewer().get("/api/v1/products/" + c.sku("many0")).then().statusCode(404);
    }

    @Test
    void shouldUpsertProductModelsInBulk() throws Exception {
        String body = String.join("\n",
                line(ProductJson.model(c.sku("model"), c.familyBySize()).value(c.name(), EN, null, "Model").build()),
                line(ProductJson.model(c.sku("broken"), "no_such_variant").build()));

        List<JsonNode> results = bulk("/api/v1/product-models", COLLECTION, body);

        assertThat(results).extracting(r -> r.get("status_code").asInt()).containsExactly(201, 422);
        assertThat(results.get(0).get("code").asText()).isEqualTo(c.sku("model"));
    }
}
