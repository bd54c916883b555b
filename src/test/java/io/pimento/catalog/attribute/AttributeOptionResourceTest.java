package io.pimento.catalog.attribute;

import io.pimento.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.pimento.testing.Api.asAdmin;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class AttributeOptionResourceTest {

    @Test
    void shouldCreateAndListOptionsInCodeOrder() {
        String color = Fixtures.selectAttribute("red", "blue", "green");

        asViewer().get("/api/v1/attributes/{code}/options", color)
                .then().statusCode(200)
                .body("items.code", contains("blue", "green", "red"))
                .body("items[0].attribute", equalTo(color));
    }

    @Test
    void shouldPageThroughOptions() {
        String color = Fixtures.selectAttribute("a", "b", "c");

        String next = asViewer().queryParam("limit", 2).get("/api/v1/attributes/{code}/options", color)
                .then().statusCode(200).body("items.code", contains("a", "b")).body("next", notNullValue())
                .extract().path("next");
        asViewer().queryParam("limit", 2).queryParam("after", next).get("/api/v1/attributes/{code}/options", color)
                .then().statusCode(200).body("items.code", contains("c")).body("next", equalTo(null));
    }

    @Test
    void shouldRefuseDuplicateOptionCodeWhateverItsCase() {
        String color = Fixtures.selectAttribute("red");

        asAdmin().body(Map.of("code", "RED")).post("/api/v1/attributes/{code}/options", color)
                .then().statusCode(409)
                .body("errors[0].field", equalTo("code"));
    }

    @Test
    void shouldAllowSameOptionCodeInAnotherAttribute() {
        Fixtures.selectAttribute("red");
        String other = Fixtures.selectAttribute();

        asAdmin().body(Map.of("code", "red")).post("/api/v1/attributes/{code}/options", other).then().statusCode(201);
    }

    @Test
    void shouldRefuseOptionsOnNonSelectAttribute() {
        String name = Fixtures.attribute("text");

        asAdmin().body(Map.of("code", "red")).post("/api/v1/attributes/{code}/options", name)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("attribute"))
                .body("errors[0].message", containsString("simpleselect"));
    }

    @Test
    void shouldRefuseAttributeInBodyDifferentFromPath() {
        String color = Fixtures.selectAttribute();

        asAdmin().body(Map.of("code", "red", "attribute", "size")).post("/api/v1/attributes/{code}/options", color)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("attribute"));
    }

    @Test
    void shouldUpdateLabelsWithPatchAndRefuseStaleIfMatch() {
        String color = Fixtures.selectAttribute("red");
        Fixtures.locale("en_US");

        asAdmin().body(Map.of("labels", Map.of("en_US", "Red"), "sort_order", 2)).patch("/api/v1/attributes/{a}/options/red", color)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("labels.en_US", equalTo("Red"))
                .body("sort_order", equalTo(2));
        asAdmin().header("If-Match", "\"0\"").body(Map.of("sort_order", 3)).patch("/api/v1/attributes/{a}/options/red", color)
                .then().statusCode(412);
    }

    @Test
    void shouldCreateOptionWithPut() {
        String color = Fixtures.selectAttribute();

        asAdmin().body(Map.of("code", "teal")).put("/api/v1/attributes/{a}/options/teal", color).then().statusCode(201);
        asViewer().get("/api/v1/attributes/{a}/options/TEAL", color).then().statusCode(200).body("code", equalTo("teal"));
    }

    @Test
    void shouldDeleteOption() {
        String color = Fixtures.selectAttribute("red");

        asAdmin().delete("/api/v1/attributes/{a}/options/red", color).then().statusCode(204);
        asViewer().get("/api/v1/attributes/{a}/options/red", color).then().statusCode(404);
    }

    @Test
    void shouldRefuseDeletingAnOptionProductsHold() {
        String color = Fixtures.selectAttribute("red", "blue");
        productWith(color, "red");
        productWith(color, "red");

        asAdmin().delete("/api/v1/attributes/{a}/options/red", color)
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("used by 2 products and 0 product models"));

        asViewer().get("/api/v1/attributes/{a}/options/red", color).then().statusCode(200);
        asAdmin().delete("/api/v1/attributes/{a}/options/blue", color).then().statusCode(204);
    }

    @Test
    void shouldRefuseDeletingAnOptionOfAMultiSelectProductsHold() {
        String sizes = Fixtures.attribute("multiselect");
        for (String option : List.of("s", "m", "l")) {
            asAdmin().body(Map.of("code", option)).post("/api/v1/attributes/{code}/options", sizes).then().statusCode(201);
        }
        productWith(sizes, List.of("s", "m"));

        asAdmin().delete("/api/v1/attributes/{a}/options/M", sizes)
                .then().statusCode(409)
                .body("detail", containsString("used by 1 product and 0 product models"));
        asAdmin().delete("/api/v1/attributes/{a}/options/l", sizes).then().statusCode(204);
    }

    private static void productWith(String attribute, Object data) {
        asEditor().body(Map.of("identifier", Fixtures.unique("option-user"), "values", Map.of(attribute, List.of(Map.of("data", data)))))
                .post("/api/v1/products").then().statusCode(201);
    }

    @Test
    void shouldRecordOptionHistoryUnderAttributeDotOption() {
        String color = Fixtures.selectAttribute("red");

        asViewer().get("/api/v1/history/attribute_option/{key}", color + ".red")
                .then().statusCode(200)
                .body("items[0].action", equalTo("created"));
    }
}
