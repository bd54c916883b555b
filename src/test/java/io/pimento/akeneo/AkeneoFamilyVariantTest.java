package io.pimento.akeneo;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.catalog.product.TestCatalog.SKU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Family variants through Akeneo's API: what is PATCHed is what is read back, by both APIs. */
@QuarkusTest
class AkeneoFamilyVariantTest {

    private static String adminToken;

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
        if (adminToken == null) {
            adminToken = AkeneoClient.connection().accessToken("admin");
        }
    }

    private RequestSpecification akeneo() {
        return AkeneoClient.bearer(adminToken);
    }

    private String variants() {
        return "/api/rest/v1/families/" + c.family() + "/variants";
    }

    @Test
    void shouldReadBackTheVariantItPatched() {
        String code = "by_brand_" + c.suffix();
        Map<String, Object> variant = Map.of("labels", Map.of(EN, "By color then size"), "variant_attribute_sets", List.of(
                Map.of("level", 1, "axes", List.of(c.color()), "attributes", List.of(c.color(), c.image())),
                Map.of("level", 2, "axes", List.of(c.size()), "attributes", List.of(c.size(), SKU, c.ean()))));

        akeneo().body(variant).patch(variants() + "/" + code).then().statusCode(201)
                .header("Location", endsWith(variants() + "/" + code));

        akeneo().get(variants() + "/" + code).then().statusCode(200)
                .body("code", equalTo(code))
                .body("labels", equalTo(Map.of(EN, "By color then size")))
                .body("variant_attribute_sets", equalTo(variant.get("variant_attribute_sets")))
                .body("_links.self.href", endsWith(variants() + "/" + code));
        Api.asViewer().get("/api/v1/families/" + c.family() + "/variants/" + code).then().statusCode(200)
                .body("variant_attribute_sets[1].axes", contains(c.size()));
        akeneo().queryParam("limit", 100).get(variants()).then().statusCode(200)
                .body("_embedded.items.code", hasItem(code));

        akeneo().body(Map.of("labels", Map.of("fr_FR", "Par couleur"))).patch(variants() + "/" + code).then().statusCode(204);
        akeneo().get(variants() + "/" + code).then().body("labels.fr_FR", equalTo("Par couleur")).body("labels." + EN, equalTo("By color then size"));
    }

    @Test
    void shouldCreateVariantsInBulkAndRefuseABadOneOnItsLine() {
        String good = "bulk_by_size_" + c.suffix();
        String bad = "bulk_by_name_" + c.suffix();
        String body = "{\"code\":\"" + good + "\",\"variant_attribute_sets\":[{\"level\":1,\"axes\":[\"" + c.size() + "\"],\"attributes\":[\"" + c.size() + "\",\"sku\"]}]}\n"
                + "{\"code\":\"" + bad + "\",\"variant_attribute_sets\":[{\"level\":1,\"axes\":[\"" + c.name() + "\"],\"attributes\":[\"sku\"]}]}";

        String answer = akeneo().contentType(BulkUpsert.MEDIA_TYPE).body(body).patch(variants()).then().statusCode(200)
                .extract().asString();

        String[] lines = answer.split("\n", -1);
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("{\"line\":1,\"code\":\"" + good + "\",\"status_code\":201}");
        assertThat(lines[1]).startsWith("{\"line\":2,\"code\":\"" + bad + "\",\"status_code\":422,\"message\":\"Validation failed.\"")
                .contains("\"property\":\"variant_attribute_sets\"");
        Api.asViewer().get("/api/v1/families/" + c.family() + "/variants/" + good).then().statusCode(200);
        Api.asViewer().get("/api/v1/families/" + c.family() + "/variants/" + bad).then().statusCode(404);
    }

    @Test
    void shouldRefuseAVariantOfAnotherFamilyOrWithoutLevels() {
        akeneo().get("/api/rest/v1/families/no_such_family_" + c.suffix() + "/variants/" + c.familyBySize()).then().statusCode(404)
                .body("code", equalTo(404));
        akeneo().body(Map.of("code", "empty_" + c.suffix(), "variant_attribute_sets", List.of()))
                .post(variants()).then().statusCode(422)
                .body("errors[0].property", equalTo("variant_attribute_sets"));
    }
}
