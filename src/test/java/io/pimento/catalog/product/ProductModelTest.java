package io.pimento.catalog.product;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.pimento.catalog.product.ProductJson.model;
import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ProductModelTest {

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
    }

    private String root(String base) {
        String code = c.sku(base);
        asEditor().body(model(code, c.familyByColorAndSize()).categories(c.masterCategory()).value(c.name(), EN, null, "Boot").build())
                .post("/api/v1/product-models").then().statusCode(201);
        return code;
    }

    @Test
    void shouldCreateARootModel() {
        String code = c.sku("boot");
        asEditor().body(model(code, c.familyByColorAndSize()).value(c.name(), EN, null, "Boot").build())
                .when().post("/api/v1/product-models")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/product-models/" + code))
                .header("ETag", "\"0\"")
                .body("code", equalTo(code))
                .body("family", equalTo(c.family()))
                .body("family_variant", equalTo(c.familyByColorAndSize()))
                .body("parent", nullValue())
                .body("values." + c.name() + "[0].data", equalTo("Boot"));
    }

    @Test
    void shouldRefuseAnUnknownFamilyVariant() {
        asEditor().body(model(c.sku("boot"), "no_such_variant").build())
                .when().post("/api/v1/product-models")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("family_variant"));
    }

    @Test
    void shouldRefuseADuplicateCode() {
        String code = root("boot");
        asEditor().body(model(code.toUpperCase(), c.familyByColorAndSize()).build())
                .when().post("/api/v1/product-models")
                .then().statusCode(409);
    }

    @Test
    void shouldRefuseVariantAttributesOnARootModel() {
        asEditor().body(model(c.sku("boot"), c.familyByColorAndSize()).value(c.color(), "red").build())
                .when().post("/api/v1/product-models")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("values." + c.color()))
                .body("errors[0].message", containsString("belongs to level 1"));
    }

    @Test
    void shouldCreateASubModelThatInheritsItsRootValues() {
        String root = root("boot");
        String sub = c.sku("boot_red");
        asEditor().body(model(sub, c.familyByColorAndSize()).parent(root).value(c.color(), "red").build())
                .when().post("/api/v1/product-models")
                .then().statusCode(201)
                .body("parent", equalTo(root))
                .body("categories", contains(c.masterCategory()))
                .body("values." + c.name() + "[0].data", equalTo("Boot"))
                .body("values." + c.color() + "[0].data", equalTo("red"));
    }

    @Test
    void shouldRefuseASubModelWithoutItsAxisValue() {
        String root = root("boot");
        asEditor().body(model(c.sku("boot_sub"), c.familyByColorAndSize()).parent(root).build())
                .when().post("/api/v1/product-models")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("values." + c.color()));
    }

    @Test
    void shouldRefuseTwoSubModelsWithTheSameAxisValue() {
        String root = root("boot");
        asEditor().body(model(c.sku("boot_red"), c.familyByColorAndSize()).parent(root).value(c.color(), "red").build())
                .post("/api/v1/product-models").then().statusCode(201);
        asEditor().body(model(c.sku("boot_red2"), c.familyByColorAndSize()).parent(root).value(c.color(), "RED").build())
                .when().post("/api/v1/product-models")
                .then().statusCode(422)
                .body("errors[0].message", containsString("is already the sub-model of"));
    }

    @Test
    void shouldRefuseASubModelOfAOneLevelVariant() {
        String root = c.sku("boot");
        asEditor().body(model(root, c.familyBySize()).build()).post("/api/v1/product-models").then().statusCode(201);
        asEditor().body(model(c.sku("boot_sub"), c.familyBySize()).parent(root).build())
                .when().post("/api/v1/product-models")
                .then().statusCode(422)
                .body("errors.field", contains("parent"));
    }

    @Test
    void shouldRefuseASubModelUnderASubModel() {
        String root = root("boot");
        String sub = c.sku("boot_red");
        asEditor().body(model(sub, c.familyByColorAndSize()).parent(root).value(c.color(), "red").build())
                .post("/api/v1/product-models").then().statusCode(201);
        asEditor().body(model(c.sku("boot_red_sub"), c.familyByColorAndSize()).parent(sub).value(c.color(), "blue").build())
                .when().post("/api/v1/product-models")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("parent"));
    }

    @Test
    void shouldRefuseToChangeTheFamilyVariant() {
        String root = root("boot");
        asEditor().body(Map.of("family_variant", c.familyBySize()))
                .when().patch("/api/v1/product-models/" + root)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("family_variant"));
    }

    @Test
    void shouldRecordTheHistoryOfAModel() {
        String root = root("boot");
        asEditor().body(model(root, null).value(c.name(), EN, null, "Big boot").build())
                .patch("/api/v1/product-models/" + root).then().statusCode(200).header("ETag", "\"1\"");

        asViewer().when().get("/api/v1/product-models/" + root + "/history")
                .then().statusCode(200)
                .body("items.action", contains("updated", "created"))
                .body("items[0].changes[0].field", equalTo("values.%s.en_US".formatted(c.name())))
                .body("items[0].changes[0].after", equalTo("Big boot"));
    }

    @Test
    void shouldListModels() {
        String root = root("boot");
        asViewer().queryParam("limit", 100).when().get("/api/v1/product-models")
                .then().statusCode(200)
                .body("items.code", org.hamcrest.Matchers.hasItem(root));
    }
}
