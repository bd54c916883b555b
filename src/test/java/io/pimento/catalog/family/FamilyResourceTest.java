package io.pimento.catalog.family;

import io.pimento.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.Fixtures.IDENTIFIER;
import static io.pimento.catalog.Fixtures.unique;
import static io.pimento.testing.Api.asAdmin;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class FamilyResourceTest {

    @Test
    void shouldAddIdentifierToFamilyAndRequireItOnEveryChannel() {
        String channel = Fixtures.channel();
        String name = Fixtures.attribute("text");
        String code = unique("family");

        asAdmin().body(Map.of("code", code, "attributes", List.of(name))).post("/api/v1/families")
                .then().statusCode(201)
                .body("attributes", contains(IDENTIFIER, name))
                .body("attribute_as_label", equalTo(IDENTIFIER))
                .body("attribute_requirements." + channel, contains(IDENTIFIER));
    }

    @Test
    void shouldKeepIdentifierRequiredWhenRequirementsOmitIt() {
        String channel = Fixtures.channel();
        String name = Fixtures.attribute("text");

        asAdmin().body(Map.of("code", unique("family"), "attributes", List.of(name),
                        "attribute_requirements", Map.of(channel, List.of(name))))
                .post("/api/v1/families")
                .then().statusCode(201)
                .body("attribute_requirements." + channel, contains(IDENTIFIER, name));
    }

    @Test
    void shouldRefuseUnknownAttributeNamingItsPosition() {
        String name = Fixtures.attribute("text");
        Fixtures.identifier();

        asAdmin().body(Map.of("code", unique("family"), "attributes", List.of(name, "no_such_attribute")))
                .post("/api/v1/families")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("attributes[1]"))
                .body("errors[0].message", containsString("no_such_attribute"));
    }

    @Test
    void shouldRefuseRequirementsOnUnknownChannelOrOfAttributesOutsideFamily() {
        String channel = Fixtures.channel();
        String name = Fixtures.attribute("text");
        String outsider = Fixtures.attribute("text");
        Fixtures.identifier();

        asAdmin().body(Map.of("code", unique("family"), "attributes", List.of(name),
                        "attribute_requirements", Map.of(channel, List.of(name, outsider), "no_such_channel", List.of(name))))
                .post("/api/v1/families")
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("attribute_requirements." + channel + "[1]", "attribute_requirements.no_such_channel"));
    }

    @Test
    void shouldRefuseLabelAttributeThatIsNotText() {
        String flag = Fixtures.attribute("boolean");
        Fixtures.identifier();

        asAdmin().body(Map.of("code", unique("family"), "attributes", List.of(flag), "attribute_as_label", flag))
                .post("/api/v1/families")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("attribute_as_label"));
    }

    @Test
    void shouldRefuseLabelAttributeOutsideFamily() {
        String name = Fixtures.attribute("text");
        Fixtures.identifier();

        asAdmin().body(Map.of("code", unique("family"), "attribute_as_label", name)).post("/api/v1/families")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("attribute_as_label"));
    }

    @Test
    void shouldAcceptImageAttributeAsImageAndClearIt() {
        String picture = Fixtures.attribute("image");
        String code = Fixtures.family(picture);
        asAdmin().body(Map.of("attribute_as_image", picture)).patch("/api/v1/families/{code}", code)
                .then().statusCode(200).body("attribute_as_image", equalTo(picture));
        Map<String, Object> clear = new HashMap<>();
        clear.put("attribute_as_image", null);

        asAdmin().body(clear).patch("/api/v1/families/{code}", code)
                .then().statusCode(200).body("attribute_as_image", nullValue());
    }

    @Test
    void shouldRefuseImageAttributeThatIsNotAnImage() {
        String name = Fixtures.attribute("text");
        String code = Fixtures.family(name);

        asAdmin().body(Map.of("attribute_as_image", name)).patch("/api/v1/families/{code}", code)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("attribute_as_image"));
    }

    @Test
    void shouldRefuseRemovingAttributeUsedByVariant() {
        String color = Fixtures.selectAttribute("red");
        String family = Fixtures.family(color);
        asAdmin().body(Map.of("code", unique("variant"), "variant_attribute_sets", List.of(Map.of("axes", List.of(color)))))
                .post("/api/v1/families/{f}/variants", family).then().statusCode(201);

        asAdmin().body(Map.of("attributes", List.of())).patch("/api/v1/families/{code}", family)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("attributes"))
                .body("errors[0].message", containsString(color));
    }

    @Test
    void shouldRefuseDeletingFamilyWithVariants() {
        String color = Fixtures.selectAttribute("red");
        String family = Fixtures.family(color);
        String variant = unique("variant");
        asAdmin().body(Map.of("code", variant, "variant_attribute_sets", List.of(Map.of("axes", List.of(color)))))
                .post("/api/v1/families/{f}/variants", family).then().statusCode(201);

        asAdmin().delete("/api/v1/families/{code}", family)
                .then().statusCode(409)
                .body("detail", containsString(variant));
    }

    @Test
    void shouldRefuseDeletingFamilyOfProducts() {
        String family = Fixtures.family();
        insertProductOf(family);

        asAdmin().delete("/api/v1/families/{code}", family)
                .then().statusCode(409)
                .body("detail", containsString("products"));
    }

    @Test
    void shouldRecordFieldLevelHistoryOfChanges() {
        String name = Fixtures.attribute("text");
        String code = Fixtures.family();
        Fixtures.locale("en_US");

        asAdmin().body(Map.of("attributes", List.of(name), "labels", Map.of("en_US", "Boots"))).patch("/api/v1/families/{code}", code)
                .then().statusCode(200);

        asViewer().get("/api/v1/history/families/{code}", code)
                .then().statusCode(200)
                .body("items[0].action", equalTo("updated"))
                .body("items[0].version", equalTo(1))
                .body("items[0].author", equalTo("admin"))
                .body("items[0].changes.field", containsInAnyOrder("attributes", "labels.en_US"))
                .body("items[0].changes.find { it.field == 'labels.en_US' }.before", nullValue())
                .body("items[0].changes.find { it.field == 'labels.en_US' }.after", equalTo("Boots"))
                .body("items[1].action", equalTo("created"));
    }

    @Test
    void shouldListFamiliesInCodeOrder() {
        String first = Fixtures.family();

        asViewer().queryParam("limit", 100).get("/api/v1/families")
                .then().statusCode(200)
                .body("items.code", hasItem(first));
    }

    private static void insertProductOf(String family) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                        .createNativeQuery("insert into product (identifier, family) values (:identifier, :family)")
                        .setParameter("identifier", unique("product"))
                        .setParameter("family", family)
                        .executeUpdate());
    }
}
