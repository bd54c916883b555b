package io.pimento.akeneo;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.catalog.product.TestCatalog.FR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

/** Akeneo 7's product fields beside the identifier's: uuid, the uuid endpoints, metadata, completenesses. */
@QuarkusTest
class AkeneoProductShapeTest {

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

    private String product(String base) {
        String identifier = c.sku(base);
        akeneo().body(Map.of("identifier", identifier, "family", c.family(),
                        "values", Map.of(c.name(), List.of(Map.of("locale", EN, "data", "Boot")))))
                .post("/api/rest/v1/products").then().statusCode(201);
        return identifier;
    }

    @Test
    void shouldGiveEachProductAUuidThatFindsItByUuid() {
        String identifier = product("uuid");
        String other = product("other");
        String uuid = akeneo().get("/api/rest/v1/products/" + identifier).then().statusCode(200).extract().path("uuid");
        String otherUuid = akeneo().get("/api/rest/v1/products/" + other).then().statusCode(200).extract().path("uuid");
        assertThat(UUID.fromString(uuid)).isNotEqualTo(UUID.fromString(otherUuid));
        Api.asViewer().get("/api/v1/products/" + identifier).then().body("uuid", equalTo(uuid));

        akeneo().get("/api/rest/v1/products-uuid/" + uuid).then().statusCode(200)
                .body("uuid", equalTo(uuid))
                .body("identifier", equalTo(identifier))
                .body("_links.self.href", endsWith("/api/rest/v1/products-uuid/" + uuid));

        // renaming the identifier (through Pimento's API) keeps the uuid
        String renamed = c.sku("renamed");
        Api.asEditor().body(Map.of("identifier", renamed)).patch("/api/v1/products/" + identifier).then().statusCode(200);
        akeneo().get("/api/rest/v1/products-uuid/" + uuid).then().statusCode(200).body("identifier", equalTo(renamed));

        akeneo().get("/api/rest/v1/products-uuid/" + UUID.randomUUID()).then().statusCode(404).body("code", equalTo(404));
        akeneo().get("/api/rest/v1/products-uuid/not-a-uuid").then().statusCode(404).body("code", equalTo(404));
    }

    @Test
    void shouldListByUuidWithTheSameFiltersAndPages() {
        String first = product("first");
        String second = product("second");
        String firstUuid = akeneo().get("/api/rest/v1/products/" + first).then().extract().path("uuid");
        String search = "{\"uuid\":[{\"operator\":\"IN\",\"value\":[\"" + firstUuid + "\"]}]}";
        JsonPath page = akeneo().queryParam("search", search).get("/api/rest/v1/products-uuid")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("_embedded.items.identifier")).containsExactly(first);
        assertThat(page.getString("_embedded.items[0]._links.self.href")).endsWith("/api/rest/v1/products-uuid/" + firstUuid);
        assertThat(page.getString("_links.self.href")).contains("/api/rest/v1/products-uuid?");

        String notIn = "{\"uuid\":[{\"operator\":\"NOT IN\",\"value\":[\"" + firstUuid + "\"]}],"
                + "\"family\":[{\"operator\":\"IN\",\"value\":[\"" + c.family() + "\"]}]}";
        assertThat(akeneo().queryParam("search", notIn).get("/api/rest/v1/products-uuid")
                .then().statusCode(200).extract().jsonPath().getList("_embedded.items.identifier")).containsExactly(second);
        akeneo().queryParam("search", "{\"uuid\":[{\"operator\":\"IN\",\"value\":[\"nope\"]}]}").get("/api/rest/v1/products-uuid")
                .then().statusCode(422).body("code", equalTo(422));
    }

    @Test
    void shouldShowTheReviewStatusAsAkeneosWorkflowStatus() {
        String identifier = product("workflow");
        akeneo().get("/api/rest/v1/products/" + identifier).then().statusCode(200)
                .body("metadata.workflow_status", equalTo("draft_in_progress"));
    }

    @Test
    void shouldShowCompletenessesOnlyWhenAskedInAkeneosShape() {
        // name (en_US) filled: on mobile (sku, name) en_US is 100%; on ecommerce (sku, name, price, description) 50% in en_US, 25% in fr_FR
        String identifier = product("complete");
        JsonPath plain = akeneo().get("/api/rest/v1/products/" + identifier).then().statusCode(200).extract().jsonPath();
        assertThat(plain.getMap("")).doesNotContainKey("completenesses");

        JsonPath asked = akeneo().queryParam("with_completenesses", "true").get("/api/rest/v1/products/" + identifier)
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> completenesses = asked.getList("completenesses");
        assertThat(completenesses).containsExactlyInAnyOrder(
                Map.of("scope", c.ecommerce(), "locale", EN, "data", 50),
                Map.of("scope", c.ecommerce(), "locale", FR, "data", 25),
                Map.of("scope", c.mobile(), "locale", EN, "data", 100));

        String search = "{\"identifier\":[{\"operator\":\"=\",\"value\":\"" + identifier + "\"}]}";
        assertThat(akeneo().queryParam("search", search).queryParam("with_completenesses", "1").get("/api/rest/v1/products")
                .then().statusCode(200).extract().jsonPath().getList("_embedded.items[0].completenesses")).hasSize(3);
        akeneo().queryParam("with_completenesses", "maybe").get("/api/rest/v1/products/" + identifier)
                .then().statusCode(422).body("code", equalTo(422));
    }
}
