package io.pimento.akeneo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.TestCatalog.EN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.anEmptyMap;

/** Writes through Akeneo's API: Akeneo's status codes and error shape over Pimento's product service. */
@QuarkusTest
class AkeneoProductWriteTest {

    private static final String COLLECTION = "application/vnd.akeneo.collection+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;
    String token;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
        if (token == null) {
            token = AkeneoClient.connection().accessToken("editor");
        }
    }

    private RequestSpecification akeneo() {
        return AkeneoClient.bearer(token);
    }

    @Test
    void shouldCreateAProductWithALocationAndNoBody() {
        String identifier = c.sku("created");
        akeneo().body(Map.of("identifier", identifier, "family", c.family(),
                        "values", Map.of(c.name(), List.of(Map.of("locale", EN, "data", "Boot")))))
                .post("/api/rest/v1/products")
                .then().statusCode(201)
                .header("Location", endsWith("/api/rest/v1/products/" + identifier))
                .body(emptyString());
        akeneo().get("/api/rest/v1/products/" + identifier).then().statusCode(200)
                .body("values." + c.name() + "[0].data", equalTo("Boot"));
    }

    @Test
    void shouldRefuseADuplicateIdentifierWithA422() {
        String identifier = c.sku("duplicate");
        akeneo().body(Map.of("identifier", identifier)).post("/api/rest/v1/products").then().statusCode(201);
        akeneo().body(Map.of("identifier", identifier.toUpperCase())).post("/api/rest/v1/products").then().statusCode(422)
                .body("code", equalTo(422))
                .body("message", equalTo("Validation failed."))
                .body("errors[0].property", equalTo("identifier"));
    }

    @Test
    void shouldUpsertWithPatch() {
        String identifier = c.sku("upserted");
        akeneo().body(Map.of("family", c.family())).patch("/api/rest/v1/products/" + identifier)
                .then().statusCode(201).header("Location", endsWith("/api/rest/v1/products/" + identifier));
        akeneo().body(Map.of("enabled", false, "values", Map.of(c.name(), List.of(Map.of("locale", EN, "data", "Changed")))))
                .patch("/api/rest/v1/products/" + identifier)
                .then().statusCode(204);
        akeneo().get("/api/rest/v1/products/" + identifier).then().statusCode(200)
                .body("enabled", equalTo(false))
                .body("family", equalTo(c.family()))
                .body("values." + c.name() + "[0].data", equalTo("Changed"));
        akeneo().body(Map.of("identifier", "another")).patch("/api/rest/v1/products/" + identifier)
                .then().statusCode(422).body("message", containsString("must match"));
    }

    @Test
    void shouldTakeBackAFetchedProductUnchanged() throws Exception {
        String target = c.sku("target");
        akeneo().body(Map.of("identifier", target)).post("/api/rest/v1/products").then().statusCode(201);
        String identifier = c.sku("roundtrip");
        akeneo().body(Map.of("identifier", identifier, "family", c.family(), "categories", List.of(c.bootsCategory()),
                        "values", Map.of(c.name(), List.of(Map.of("locale", EN, "data", "Boot")),
                                c.price(), List.of(Map.of("data", List.of(Map.of("amount", "12.50", "currency", "EUR"))))),
                        "associations", Map.of(c.xsell(), Map.of("products", List.of(target)))))
                .post("/api/rest/v1/products").then().statusCode(201);
        int version = Api.asViewer().get("/api/v1/products/" + identifier).then().extract().path("version");

        // with every read-only field Akeneo 7 gives: uuid, metadata, completenesses, quantified_associations
        String fetched = akeneo().queryParam("with_completenesses", true).get("/api/rest/v1/products/" + identifier)
                .then().statusCode(200).body("uuid", notNullValue()).body("completenesses", notNullValue())
                .body("metadata.workflow_status", notNullValue()).body("quantified_associations", anEmptyMap())
                .extract().asString();
        akeneo().body(fetched).patch("/api/rest/v1/products/" + identifier).then().statusCode(204);

        Api.asViewer().get("/api/v1/products/" + identifier).then().body("version", equalTo(version));
        String again = akeneo().queryParam("with_completenesses", true).get("/api/rest/v1/products/" + identifier)
                .then().statusCode(200).extract().asString();
        assertThat(JSON.readTree(again)).isEqualTo(JSON.readTree(fetched));
    }

    @Test
    void shouldDeleteAProduct() {
        String identifier = c.sku("deleted");
        akeneo().body(Map.of("identifier", identifier)).post("/api/rest/v1/products").then().statusCode(201);
        akeneo().delete("/api/rest/v1/products/" + identifier).then().statusCode(204);
        akeneo().get("/api/rest/v1/products/" + identifier).then().statusCode(404).body("code", equalTo(404));
        akeneo().delete("/api/rest/v1/products/" + identifier).then().statusCode(404);
    }

    @Test
    void shouldAnswerInvalidValuesInAkeneosErrorShape() {
        String identifier = c.sku("invalid");
        akeneo().body(Map.of("identifier", identifier, "family", c.family(),
                        "values", Map.of(c.description(), List.of(Map.of("locale", "de_DE", "scope", c.ecommerce(), "data", "Text")))))
                .post("/api/rest/v1/products")
                .then().statusCode(422)
                .contentType("application/json")
                .body("code", equalTo(422))
                .body("message", equalTo("Validation failed."))
                .body("errors[0].property", equalTo("values"))
                .body("errors[0].attribute", equalTo(c.description()))
                .body("errors[0].locale", equalTo("de_DE"))
                .body("errors[0].scope", equalTo(c.ecommerce()))
                .body("errors[0].message", containsString("de_DE"));
        akeneo().body(Map.of("identifier", identifier, "family", "no_such_family_" + c.suffix()))
                .post("/api/rest/v1/products")
                .then().statusCode(422)
                .body("errors[0].property", equalTo("family"))
                .body("errors[0].attribute", nullValue());
    }

    @Test
    void shouldRefuseAPropertyAkeneoDoesNotKnow() {
        akeneo().body(Map.of("identifier", c.sku("unknown"), "colour", "red")).post("/api/rest/v1/products")
                .then().statusCode(422).body("message", containsString("\"colour\""));
        akeneo().body("{not json").post("/api/rest/v1/products")
                .then().statusCode(400).body("code", equalTo(400));
    }

    @Test
    void shouldUpsertABulkLineByLineWithoutATrailingNewline() throws Exception {
        String existing = c.sku("existing");
        akeneo().body(Map.of("identifier", existing)).post("/api/rest/v1/products").then().statusCode(201);
        String created = c.sku("bulk_new");
        String body = String.join("\n",
                JSON.writeValueAsString(Map.of("identifier", created, "family", c.family())),
                JSON.writeValueAsString(Map.of("identifier", existing, "enabled", false)),
                JSON.writeValueAsString(Map.of("identifier", c.sku("bulk_bad"), "family", c.family(),
                        "values", Map.of(c.count(), List.of(Map.of("data", "many"))))),
                "{broken",
                JSON.writeValueAsString(Map.of("family", c.family())));

        String answer = akeneo().contentType(COLLECTION).accept(COLLECTION).body(body.getBytes(StandardCharsets.UTF_8))
                .patch("/api/rest/v1/products")
                .then().statusCode(200).contentType(COLLECTION).extract().asString();

        assertThat(answer).doesNotEndWith("\n");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : answer.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(lines.get(0).get("identifier").asText()).isEqualTo(created);
        assertThat(lines.get(0).get("status_code").asInt()).isEqualTo(201);
        assertThat(lines.get(1).get("status_code").asInt()).isEqualTo(204);
        assertThat(lines.get(2).get("status_code").asInt()).isEqualTo(422);
        assertThat(lines.get(2).get("message").asText()).isEqualTo("Validation failed.");
        assertThat(lines.get(2).get("errors").get(0).get("attribute").asText()).isEqualTo(c.count());
        assertThat(lines.get(3).get("status_code").asInt()).isEqualTo(400);
        assertThat(lines.get(4).get("status_code").asInt()).isEqualTo(422);

        akeneo().get("/api/rest/v1/products/" + existing).then().body("enabled", equalTo(false));
        akeneo().get("/api/rest/v1/products/" + created).then().statusCode(200);
    }

    @Test
    void shouldRefuseMoreThanAHundredLines() throws Exception {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            body.append(JSON.writeValueAsString(Map.of("identifier", c.sku("many" + i)))).append('\n');
        }
        akeneo().contentType(COLLECTION).accept(COLLECTION).body(body.toString().getBytes(StandardCharsets.UTF_8))
                .patch("/api/rest/v1/products")
                .then().statusCode(413).body("code", equalTo(413));
        akeneo().get("/api/rest/v1/products/" + c.sku("many0")).then().statusCode(404);
    }
}
