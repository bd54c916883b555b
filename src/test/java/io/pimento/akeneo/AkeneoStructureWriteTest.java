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
import java.util.UUID;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.catalog.product.TestCatalog.EUR;
import static io.pimento.catalog.product.TestCatalog.FR;
import static io.pimento.catalog.product.TestCatalog.SKU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** The catalog structure written through Akeneo's API, and seen through Pimento's own: one catalog. */
@QuarkusTest
class AkeneoStructureWriteTest {

    private static String adminToken;

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;
    String suffix;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
        suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        if (adminToken == null) {
            adminToken = AkeneoClient.connection().accessToken("admin");
        }
    }

    private RequestSpecification akeneo() {
        return AkeneoClient.bearer(adminToken);
    }

    private String unique(String base) {
        return base + "_" + suffix;
    }

    @Test
    void shouldCreateThenUpdateAnAttributeWithAkeneosTypeAndMergedLabels() {
        String group = unique("ak_group");
        akeneo().body(Map.of("code", group, "sort_order", 3, "labels", Map.of(EN, "Marketing")))
                .patch("/api/rest/v1/attribute-groups/" + group).then().statusCode(201)
                .header("Location", endsWith("/api/rest/v1/attribute-groups/" + group));
        String attribute = unique("ak_subtitle");
        akeneo().body(Map.of("type", "pim_catalog_text", "group", group, "localizable", true, "scopable", false,
                        "labels", Map.of(EN, "Subtitle")))
                .patch("/api/rest/v1/attributes/" + attribute).then().statusCode(201)
                .header("Location", endsWith("/api/rest/v1/attributes/" + attribute));
        akeneo().body(Map.of("labels", Map.of(FR, "Sous-titre")))
                .patch("/api/rest/v1/attributes/" + attribute).then().statusCode(204)
                .header("Location", endsWith("/api/rest/v1/attributes/" + attribute));

        Api.asViewer().get("/api/v1/attributes/" + attribute).then().statusCode(200)
                .body("type", equalTo("text"))
                .body("group", equalTo(group))
                .body("localizable", equalTo(true))
                .body("labels", equalTo(Map.of(EN, "Subtitle", FR, "Sous-titre")));
        Api.asViewer().get("/api/v1/attribute-groups/" + group).then().statusCode(200)
                .body("sort_order", equalTo(3));
        akeneo().get("/api/rest/v1/attributes/" + attribute).then().statusCode(200)
                .body("type", equalTo("pim_catalog_text"));
    }

    @Test
    void shouldCreateFamilyCategoryChannelAndAssociationTypeByPost() {
        String category = unique("ak_cat");
        akeneo().body(Map.of("code", category, "parent", c.masterCategory(), "labels", Map.of(EN, "Sandals")))
                .post("/api/rest/v1/categories").then().statusCode(201)
                .header("Location", endsWith("/api/rest/v1/categories/" + category))
                .body(emptyString());
        String family = unique("ak_family");
        akeneo().body(Map.of("code", family, "attributes", List.of(SKU, c.name(), c.description()), "attribute_as_label", c.name(),
                        "attribute_requirements", Map.of(c.ecommerce(), List.of(SKU, c.name())), "labels", Map.of(EN, "Sandals")))
                .post("/api/rest/v1/families").then().statusCode(201)
                .header("Location", endsWith("/api/rest/v1/families/" + family));
        String channel = unique("ak_channel");
        akeneo().body(Map.of("code", channel, "category_tree", c.masterCategory(), "currencies", List.of(EUR), "locales", List.of(EN),
                        "labels", Map.of(EN, "Print")))
                .post("/api/rest/v1/channels").then().statusCode(201);
        String associationType = unique("ak_upsell");
        akeneo().body(Map.of("code", associationType, "labels", Map.of(EN, "Upsell")))
                .post("/api/rest/v1/association-types").then().statusCode(201);

        Api.asViewer().get("/api/v1/categories/" + category).then().statusCode(200).body("parent", equalTo(c.masterCategory()));
        Api.asViewer().get("/api/v1/families/" + family).then().statusCode(200)
                .body("attribute_as_label", equalTo(c.name()))
                .body("attributes", hasItem(c.description()))
                .body("attribute_requirements." + c.ecommerce(), hasItem(c.name()));
        Api.asViewer().get("/api/v1/channels/" + channel).then().statusCode(200)
                .body("category_tree", equalTo(c.masterCategory()))
                .body("currencies", contains(EUR))
                .body("locales", contains(EN));
        Api.asViewer().get("/api/v1/association-types/" + associationType).then().statusCode(200)
                .body("labels." + EN, equalTo("Upsell"));
    }

    @Test
    void shouldTakeBackAFetchedAttributeUnchanged() {
        String attribute = unique("ak_length");
        akeneo().body(Map.of("type", "pim_catalog_metric", "group", "other", "metric_family", "Length", "default_metric_unit", "CENTIMETER",
                        "decimals_allowed", true, "negative_allowed", false, "labels", Map.of(EN, "Length")))
                .patch("/api/rest/v1/attributes/" + attribute).then().statusCode(201);
        String fetched = akeneo().get("/api/rest/v1/attributes/" + attribute).then().statusCode(200)
                .body("type", equalTo("pim_catalog_metric"))
                .extract().asString();

        akeneo().body(fetched).patch("/api/rest/v1/attributes/" + attribute).then().statusCode(204);

        Api.asViewer().get("/api/v1/attributes/" + attribute).then().body("version", equalTo(0));
    }

    @Test
    void shouldWriteAttributeOptionsUnderTheirAttribute() {
        String option = unique("ak_teal");
        akeneo().body(Map.of("code", option, "labels", Map.of(EN, "Teal")))
                .post("/api/rest/v1/attributes/" + c.color() + "/options").then().statusCode(201)
                .header("Location", endsWith("/api/rest/v1/attributes/" + c.color() + "/options/" + option));
        akeneo().body(Map.of("attribute", c.color(), "sort_order", 7, "labels", Map.of(FR, "Sarcelle")))
                .patch("/api/rest/v1/attributes/" + c.color() + "/options/" + option).then().statusCode(204);
        String other = unique("ak_navy");
        akeneo().contentType(BulkUpsert.MEDIA_TYPE)
                .body("{\"code\":\"" + other + "\",\"labels\":{\"en_US\":\"Navy\"}}\n{\"code\":\"x_" + suffix + "\",\"attribute\":\"" + c.size() + "\"}")
                .patch("/api/rest/v1/attributes/" + c.color() + "/options").then().statusCode(200);

        Api.asViewer().get("/api/v1/attributes/" + c.color() + "/options/" + option).then().statusCode(200)
                .body("sort_order", equalTo(7))
                .body("labels", equalTo(Map.of(EN, "Teal", FR, "Sarcelle")));
        akeneo().get("/api/rest/v1/attributes/" + c.color() + "/options/" + other).then().statusCode(200)
                .body("labels." + EN, equalTo("Navy"));
    }

    @Test
    void shouldAnswerEveryBulkLineOnItsOwn() {
        String created = unique("ak_bulk_new");
        String invalid = unique("ak_bulk_bad");
        String body = String.join("\n",
                "{\"code\":\"" + created + "\",\"parent\":\"" + c.masterCategory() + "\"}",
                "{\"code\":\"" + c.bootsCategory() + "\",\"labels\":{\"en_US\":\"Boots and more\"}}",
                "{\"code\":\"" + invalid + "\",\"parent\":\"no_such_category_" + suffix + "\"}",
                "{\"labels\":{}}",
                "{not json");

        String answer = akeneo().contentType(BulkUpsert.MEDIA_TYPE).body(body)
                .patch("/api/rest/v1/categories").then().statusCode(200)
                .contentType(BulkUpsert.MEDIA_TYPE).extract().asString();

        List<String> lines = List.of(answer.split("\n", -1));
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("{\"line\":1,\"code\":\"" + created + "\",\"status_code\":201}");
        assertThat(lines.get(1)).isEqualTo("{\"line\":2,\"code\":\"" + c.bootsCategory() + "\",\"status_code\":204}");
        assertThat(lines.get(2)).startsWith("{\"line\":3,\"code\":\"" + invalid + "\",\"status_code\":422,\"message\":\"Validation failed.\"")
                .contains("\"property\":\"parent\"");
        assertThat(lines.get(3)).isEqualTo("{\"line\":4,\"status_code\":422,\"message\":\"Code is missing.\"}");
        assertThat(lines.get(4)).startsWith("{\"line\":5,\"status_code\":400");
        Api.asViewer().get("/api/v1/categories/" + created).then().statusCode(200).body("parent", equalTo(c.masterCategory()));
        Api.asViewer().get("/api/v1/categories/" + c.bootsCategory()).then().body("labels." + EN, equalTo("Boots and more"));
        Api.asViewer().get("/api/v1/categories/" + invalid).then().statusCode(404);
    }

    @Test
    void shouldRefuseBadInputInAkeneosErrorShape() {
        akeneo().body(Map.of("code", c.family())).post("/api/rest/v1/families").then().statusCode(422)
                .body("code", equalTo(422))
                .body("errors[0].property", equalTo("code"));
        akeneo().body(Map.of("code", "another_" + suffix)).patch("/api/rest/v1/families/" + c.family()).then().statusCode(422)
                .body("message", containsString("must match"));
        akeneo().body(Map.of("labels", Map.of(EN, "x"), "colour", "red")).patch("/api/rest/v1/attribute-groups/" + unique("g")).then()
                .statusCode(422)
                .body("message", equalTo("Validation failed."))
                .body("errors[0].property", equalTo("colour"));
        akeneo().body(Map.of("labels", "not an object")).patch("/api/rest/v1/channels/" + c.ecommerce()).then().statusCode(422)
                .body("errors[0].property", equalTo("labels"));
        akeneo().body(Map.of("type", "pim_catalog_hologram", "group", "other")).patch("/api/rest/v1/attributes/" + unique("holo")).then()
                .statusCode(422)
                .body("errors[0].property", equalTo("type"));
        akeneo().body("{\"code\":").post("/api/rest/v1/channels").then().statusCode(400).body("code", equalTo(400));
        Api.asViewer().get("/api/v1/attributes/" + unique("holo")).then().statusCode(404);
    }

    @Test
    void shouldLeaveStructureWritesToAdmins() {
        AkeneoClient.as("editor").body(Map.of("labels", Map.of(EN, "x")))
                .patch("/api/rest/v1/attribute-groups/" + unique("ak_denied")).then().statusCode(403).body("code", equalTo(403));
        Api.asViewer().get("/api/v1/attribute-groups/" + unique("ak_denied")).then().statusCode(404);
    }
}
