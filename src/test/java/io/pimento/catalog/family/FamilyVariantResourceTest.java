package io.pimento.catalog.family;

import io.pimento.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.pimento.catalog.Fixtures.IDENTIFIER;
import static io.pimento.catalog.Fixtures.unique;
import static io.pimento.testing.Api.asAdmin;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class FamilyVariantResourceTest {

    private static Map<String, Object> level(List<String> axes, List<String> attributes) {
        return Map.of("axes", axes, "attributes", attributes);
    }

    @Test
    void shouldCreateTwoLevelVariantWithIdentifierOnLastLevel() {
        String color = Fixtures.selectAttribute("red");
        String size = Fixtures.selectAttribute("s", "m");
        String name = Fixtures.attribute("text");
        String family = Fixtures.family(color, size, name);
        String code = unique("variant");

        asAdmin().body(Map.of("code", code, "labels", Map.of(Fixtures.locale("en_US"), "By color and size"),
                        "variant_attribute_sets", List.of(level(List.of(color), List.of(name)), level(List.of(size), List.of()))))
                .post("/api/v1/families/{f}/variants", family)
                .then().statusCode(201)
                .body("family", equalTo(family))
                .body("variant_attribute_sets[0].level", equalTo(1))
                .body("variant_attribute_sets[0].axes", contains(color))
                .body("variant_attribute_sets[0].attributes", contains(color, name))
                .body("variant_attribute_sets[1].level", equalTo(2))
                .body("variant_attribute_sets[1].attributes", contains(size, IDENTIFIER));

        asViewer().get("/api/v1/families/{f}/variants/{code}", family, code).then().statusCode(200);
        asViewer().queryParam("family", family).get("/api/v1/family-variants")
                .then().statusCode(200).body("items.code", contains(code));
    }

    @Test
    void shouldNotFindVariantUnderAnotherFamily() {
        String color = Fixtures.selectAttribute("red");
        String family = Fixtures.family(color);
        String code = unique("variant");
        asAdmin().body(Map.of("code", code, "variant_attribute_sets", List.of(level(List.of(color), List.of()))))
                .post("/api/v1/families/{f}/variants", family).then().statusCode(201);

        asViewer().get("/api/v1/families/{f}/variants/{code}", Fixtures.family(), code).then().statusCode(404);
    }

    @Test
    void shouldRefuseAxisOfWrongType() {
        String name = Fixtures.attribute("text");
        String family = Fixtures.family(name);

        asAdmin().body(Map.of("code", unique("variant"), "variant_attribute_sets", List.of(level(List.of(name), List.of()))))
                .post("/api/v1/families/{f}/variants", family)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("variant_attribute_sets[0].axes[0]"))
                .body("errors[0].message", containsString("simpleselect"));
    }

    @Test
    void shouldRefuseLocalizableAxis() {
        String color = Fixtures.attribute(unique("color"), Map.of("type", "simpleselect", "localizable", true));
        String family = Fixtures.family(color);

        asAdmin().body(Map.of("code", unique("variant"), "variant_attribute_sets", List.of(level(List.of(color), List.of()))))
                .post("/api/v1/families/{f}/variants", family)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("variant_attribute_sets[0].axes[0]"));
    }

    @Test
    void shouldAcceptBooleanAndMetricAxes() {
        String flag = Fixtures.attribute("boolean");
        String weight = Fixtures.attribute(unique("weight"), Map.of("type", "metric", "metric_family", "Weight", "default_metric_unit", "GRAM"));
        String family = Fixtures.family(flag, weight);

        asAdmin().body(Map.of("code", unique("variant"), "variant_attribute_sets", List.of(level(List.of(flag, weight), List.of()))))
                .post("/api/v1/families/{f}/variants", family)
                .then().statusCode(201);
    }

    @Test
    void shouldRefuseAxisOutsideFamily() {
        String color = Fixtures.selectAttribute("red");
        String family = Fixtures.family();

        asAdmin().body(Map.of("code", unique("variant"), "variant_attribute_sets", List.of(level(List.of(color), List.of()))))
                .post("/api/v1/families/{f}/variants", family)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("variant_attribute_sets[0].axes[0]"))
                .body("errors[0].message", containsString(family));
    }

    @Test
    void shouldRefuseAttributeAtTwoLevels() {
        String color = Fixtures.selectAttribute("red");
        String size = Fixtures.selectAttribute("s");
        String name = Fixtures.attribute("text");
        String family = Fixtures.family(color, size, name);

        asAdmin().body(Map.of("code", unique("variant"),
                        "variant_attribute_sets", List.of(level(List.of(color), List.of(name)), level(List.of(size), List.of(name)))))
                .post("/api/v1/families/{f}/variants", family)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("variant_attribute_sets[1].attributes[0]"))
                .body("errors[0].message", containsString("level 1"));
    }

    @Test
    void shouldRefuseIdentifierAboveLastLevel() {
        String color = Fixtures.selectAttribute("red");
        String size = Fixtures.selectAttribute("s");
        String family = Fixtures.family(color, size);

        asAdmin().body(Map.of("code", unique("variant"),
                        "variant_attribute_sets", List.of(level(List.of(color), List.of(IDENTIFIER)), level(List.of(size), List.of()))))
                .post("/api/v1/families/{f}/variants", family)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("variant_attribute_sets[0].attributes[0]"));
    }

    @Test
    void shouldRefuseMoreThanTwoLevels() {
        String a = Fixtures.selectAttribute("x");
        String b = Fixtures.selectAttribute("x");
        String c = Fixtures.selectAttribute("x");
        String family = Fixtures.family(a, b, c);

        asAdmin().body(Map.of("code", unique("variant"), "variant_attribute_sets",
                        List.of(level(List.of(a), List.of()), level(List.of(b), List.of()), level(List.of(c), List.of()))))
                .post("/api/v1/families/{f}/variants", family)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("variant_attribute_sets"));
    }

    @Test
    void shouldRefuseLevelWithoutAxis() {
        String family = Fixtures.family();

        asAdmin().body(Map.of("code", unique("variant"), "variant_attribute_sets", List.of(level(List.of(), List.of()))))
                .post("/api/v1/families/{f}/variants", family)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("variant_attribute_sets[0].axes"));
    }

    @Test
    void shouldRefuseChangingAxes() {
        String color = Fixtures.selectAttribute("red");
        String size = Fixtures.selectAttribute("s");
        String family = Fixtures.family(color, size);
        String code = unique("variant");
        asAdmin().body(Map.of("code", code, "variant_attribute_sets", List.of(level(List.of(color), List.of()))))
                .post("/api/v1/families/{f}/variants", family).then().statusCode(201);

        asAdmin().body(Map.of("variant_attribute_sets", List.of(level(List.of(size), List.of()))))
                .patch("/api/v1/families/{f}/variants/{code}", family, code)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("variant_attribute_sets[0].axes"))
                .body("errors[0].message", containsString("cannot be changed"));
    }

    @Test
    void shouldAllowChangingLevelAttributesKeepingAxes() {
        String color = Fixtures.selectAttribute("red");
        String name = Fixtures.attribute("text");
        String family = Fixtures.family(color, name);
        String code = unique("variant");
        asAdmin().body(Map.of("code", code, "variant_attribute_sets", List.of(level(List.of(color), List.of()))))
                .post("/api/v1/families/{f}/variants", family).then().statusCode(201);

        asAdmin().body(Map.of("variant_attribute_sets", List.of(level(List.of(color), List.of(name)))))
                .patch("/api/v1/families/{f}/variants/{code}", family, code)
                .then().statusCode(200)
                .body("variant_attribute_sets[0].attributes", hasItem(name));
    }

    @Test
    void shouldRefuseFamilyInBodyDifferentFromPath() {
        String family = Fixtures.family();

        asAdmin().body(Map.of("code", unique("variant"), "family", "other_family"))
                .post("/api/v1/families/{f}/variants", family)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("family"));
    }

    @Test
    void shouldDeleteVariant() {
        String color = Fixtures.selectAttribute("red");
        String family = Fixtures.family(color);
        String code = unique("variant");
        asAdmin().body(Map.of("code", code, "variant_attribute_sets", List.of(level(List.of(color), List.of()))))
                .post("/api/v1/families/{f}/variants", family).then().statusCode(201);

        asAdmin().delete("/api/v1/families/{f}/variants/{code}", family, code).then().statusCode(204);
        asViewer().get("/api/v1/family-variants/{code}", code).then().statusCode(404);
    }
}
