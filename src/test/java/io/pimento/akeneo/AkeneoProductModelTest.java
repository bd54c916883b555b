package io.pimento.akeneo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
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
import static org.hamcrest.Matchers.nullValue;

/** Product models through Akeneo's API: the same life cycle as products, keyed by code. */
@QuarkusTest
class AkeneoProductModelTest {

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

    private String root(String base) {
        String code = c.sku(base);
        akeneo().body(Map.of("code", code, "family_variant", c.familyByColorAndSize(),
                        "values", Map.of(c.name(), List.of(Map.of("locale", EN, "data", "Boot")))))
                .post("/api/rest/v1/product-models")
                .then().statusCode(201)
                .header("Location", endsWith("/api/rest/v1/product-models/" + code))
                .body(emptyString());
        return code;
    }

    private List<String> found(String search) {
        return akeneo().queryParam("search", search).queryParam("pagination_type", "search_after").queryParam("limit", 100)
                .get("/api/rest/v1/product-models").then().statusCode(200).extract().jsonPath().getList("_embedded.items.code");
    }

    @Test
    void shouldCreateUpdateAndReadModels() {
        String root = root("root");
        akeneo().body(Map.of("code", root, "family_variant", c.familyByColorAndSize())).post("/api/rest/v1/product-models")
                .then().statusCode(422).body("message", equalTo("Validation failed."));

        String sub = c.sku("sub");
        akeneo().body(Map.of("family_variant", c.familyByColorAndSize(), "parent", root,
                        "values", Map.of(c.color(), List.of(Map.of("data", "red")))))
                .patch("/api/rest/v1/product-models/" + sub).then().statusCode(201);
        akeneo().body(Map.of("categories", List.of(c.bootsCategory()))).patch("/api/rest/v1/product-models/" + sub)
                .then().statusCode(204);

        String fetched = akeneo().get("/api/rest/v1/product-models/" + sub).then().statusCode(200)
                .body("family", equalTo(c.family()))
                .body("family_variant", equalTo(c.familyByColorAndSize()))
                .body("parent", equalTo(root))
                .body("categories", org.hamcrest.Matchers.hasItem(c.bootsCategory()))
                .body("values." + c.name() + "[0].data", equalTo("Boot"))
                .body("version", nullValue())
                .extract().asString();
        akeneo().body(fetched).patch("/api/rest/v1/product-models/" + sub).then().statusCode(204);

        akeneo().delete("/api/rest/v1/product-models/" + sub).then().statusCode(204);
        akeneo().get("/api/rest/v1/product-models/" + sub).then().statusCode(404).body("code", equalTo(404));
    }

    @Test
    void shouldFilterModels() {
        String root = root("root");
        String sub = c.sku("sub");
        akeneo().body(Map.of("family_variant", c.familyByColorAndSize(), "parent", root,
                        "values", Map.of(c.color(), List.of(Map.of("data", "blue")))))
                .patch("/api/rest/v1/product-models/" + sub).then().statusCode(201);
        String family = "\"family\":[{\"operator\":\"IN\",\"value\":[\"%s\"]}]".formatted(c.family());

        assertThat(found("{" + family + "}")).containsExactly(root, sub);
        assertThat(found("{" + family + ",\"parent\":[{\"operator\":\"EMPTY\"}]}")).containsExactly(root);
        assertThat(found("{" + family + ",\"parent\":[{\"operator\":\"=\",\"value\":\"%s\"}]}".formatted(root))).containsExactly(sub);
        assertThat(found("{\"code\":[{\"operator\":\"IN\",\"value\":[\"%s\"]}]}".formatted(sub))).containsExactly(sub);
        assertThat(found("{" + family + ",\"updated\":[{\"operator\":\"SINCE LAST N DAYS\",\"value\":1}]}")).containsExactly(root, sub);

        akeneo().queryParam("search", "{\"enabled\":[{\"operator\":\"=\",\"value\":true}]}").get("/api/rest/v1/product-models")
                .then().statusCode(422).body("message", containsString("\"enabled\""));
    }

    @Test
    void shouldUpsertModelsInBulk() throws Exception {
        String existing = root("existing");
        String created = c.sku("bulk_new");
        String body = String.join("\n",
                JSON.writeValueAsString(Map.of("code", created, "family_variant", c.familyByColorAndSize())),
                JSON.writeValueAsString(Map.of("code", existing, "categories", List.of(c.bootsCategory()))),
                JSON.writeValueAsString(Map.of("code", c.sku("bulk_bad"), "family_variant", "no_such_variant")));
        String answer = akeneo().contentType(COLLECTION).accept(COLLECTION).body(body.getBytes(StandardCharsets.UTF_8))
                .patch("/api/rest/v1/product-models")
                .then().statusCode(200).extract().asString();
        assertThat(answer).doesNotEndWith("\n");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : answer.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).extracting(line -> line.get("status_code").asInt()).containsExactly(201, 204, 422);
        assertThat(lines.get(0).get("code").asText()).isEqualTo(created);
        assertThat(lines.get(2).get("errors").get(0).get("property").asText()).isEqualTo("family_variant");
    }
}
