package io.pimento.catalog.attribute;

import io.pimento.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.pimento.catalog.Fixtures.DEFAULT_GROUP;
import static io.pimento.catalog.Fixtures.unique;
import static io.pimento.testing.Api.asAdmin;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class AttributeResourceTest {

    private static Map<String, Object> attribute(Object... fields) {
        Fixtures.attributeGroup(DEFAULT_GROUP);
        Map<String, Object> body = new HashMap<>();
        body.put("code", unique("attr"));
        body.put("group", DEFAULT_GROUP);
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    @Test
    void shouldCreateTextAttributeWithDefaults() {
        Map<String, Object> body = attribute("type", "text", "labels", Map.of(Fixtures.locale("en_US"), "Name"), "max_characters", 80);

        asAdmin().body(body).post("/api/v1/attributes")
                .then().statusCode(201)
                .body("type", equalTo("text"))
                .body("group", equalTo(DEFAULT_GROUP))
                .body("localizable", equalTo(false))
                .body("scopable", equalTo(false))
                .body("unique", equalTo(false))
                .body("max_characters", equalTo(80))
                .body("labels.en_US", equalTo("Name"))
                .body("number_min", nullValue());
    }

    @ParameterizedTest
    @CsvSource({"pim_catalog_text,text", "pim_catalog_price_collection,price_collection", "PIM_CATALOG_BOOLEAN,boolean",
            "pim_reference_data_simpleselect,reference_data_simpleselect"})
    void shouldAcceptAkeneoTypeCodesAndAnswerWithPimentos(String akeneoType, String pimentoType) {
        Map<String, Object> body = attribute("type", akeneoType);
        if (pimentoType.startsWith("reference_data")) {
            body.put("reference_data_name", "colors");
        }

        asAdmin().body(body).post("/api/v1/attributes").then().statusCode(201).body("type", equalTo(pimentoType));
    }

    @Test
    void shouldRefuseUnknownType() {
        asAdmin().body(attribute("type", "pim_catalog_hologram")).post("/api/v1/attributes")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString("pim_catalog_hologram"));
    }

    @Test
    void shouldRefuseUnknownGroup() {
        Map<String, Object> body = attribute("type", "text");
        body.put("group", "no_such_group");

        asAdmin().body(body).post("/api/v1/attributes")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("group"));
    }

    @Test
    void shouldAcceptNumbersGivenAsStringsAsAkeneoSendsThem() {
        asAdmin().body(attribute("type", "pim_catalog_number", "number_min", "1.5000", "number_max", "100.0000",
                        "decimals_allowed", true, "negative_allowed", false))
                .post("/api/v1/attributes")
                .then().statusCode(201)
                .body("number_min", equalTo(1.5f))
                .body("number_max", equalTo(100))
                .body("negative_allowed", equalTo(false));
    }

    @Test
    void shouldRefuseMinimumAboveMaximum() {
        asAdmin().body(attribute("type", "number", "number_min", 10, "number_max", 5)).post("/api/v1/attributes")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("number_min"));
    }

    @Test
    void shouldRefuseBoundsTooLargeToStoreInsteadOfFailing() {
        asAdmin().body(attribute("type", "number", "number_max", new java.math.BigDecimal("1e50"))).post("/api/v1/attributes")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("number_max"))
                .body("errors[0].message", equalTo("number_max is at most 16 digits before the decimal point (below 10^16 in size)"));
    }

    @Test
    void shouldAcceptAkeneoDateTimesForDateBounds() {
        asAdmin().body(attribute("type", "date", "date_min", "2020-01-01T00:00:00+00:00", "date_max", "2030-12-31"))
                .post("/api/v1/attributes")
                .then().statusCode(201)
                .body("date_min", equalTo("2020-01-01"))
                .body("date_max", equalTo("2030-12-31"));
    }

    static Stream<Arguments> propertiesOfOtherTypes() {
        return Stream.of(
                Arguments.of("text", "number_min", 1),
                Arguments.of("number", "max_characters", 10),
                Arguments.of("text", "metric_family", "Weight"),
                Arguments.of("boolean", "allowed_extensions", List.of("jpg")),
                Arguments.of("image", "date_min", "2020-01-01"),
                Arguments.of("textarea", "validation_rule", "email"),
                Arguments.of("price_collection", "negative_allowed", true),
                Arguments.of("simpleselect", "unique", true));
    }

    @ParameterizedTest
    @MethodSource("propertiesOfOtherTypes")
    void shouldRefusePropertyThatDoesNotApplyToTheType(String type, String property, Object value) {
        asAdmin().body(attribute("type", type, property, value)).post("/api/v1/attributes")
                .then().statusCode(422)
                .body("errors.field", hasItem(property));
    }

    @Test
    void shouldCreateMetricAttributeWithFamilyAndUnit() {
        asAdmin().body(attribute("type", "metric", "metric_family", "weight", "default_metric_unit", "gram"))
                .post("/api/v1/attributes")
                .then().statusCode(201)
                .body("metric_family", equalTo("Weight"))
                .body("default_metric_unit", equalTo("GRAM"))
                .body("decimals_allowed", equalTo(true));
    }

    @Test
    void shouldRefuseMetricAttributeWithUnknownFamily() {
        asAdmin().body(attribute("type", "metric", "metric_family", "Happiness", "default_metric_unit", "SMILE"))
                .post("/api/v1/attributes")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("metric_family"));
    }

    @Test
    void shouldRefuseMetricUnitOfAnotherFamily() {
        asAdmin().body(attribute("type", "metric", "metric_family", "Weight", "default_metric_unit", "METER"))
                .post("/api/v1/attributes")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("default_metric_unit"))
                .body("errors[0].message", containsString("KILOGRAM"));
    }

    @Test
    void shouldRefuseMetricAttributeWithoutUnit() {
        asAdmin().body(attribute("type", "metric", "metric_family", "Length")).post("/api/v1/attributes")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("default_metric_unit"));
    }

    @Test
    void shouldRefuseInvalidRegexp() {
        asAdmin().body(attribute("type", "text", "validation_rule", "regexp", "validation_regexp", "/^[A-Z+$/"))
                .post("/api/v1/attributes")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("validation_regexp"));
    }

    @Test
    void shouldRefuseUnknownAvailableLocale() {
        asAdmin().body(attribute("type", "text", "localizable", true, "available_locales", List.of(Fixtures.locale("en_US"), "zz_ZZ")))
                .post("/api/v1/attributes")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("available_locales[1]"));
    }

    @Test
    void shouldNormaliseFileExtensions() {
        asAdmin().body(attribute("type", "image", "allowed_extensions", List.of(".JPG", "png", "jpg"), "max_file_size", "2.50"))
                .post("/api/v1/attributes")
                .then().statusCode(201)
                .body("allowed_extensions", contains("jpg", "png"))
                .body("max_file_size", equalTo(2.5f));
    }

    @ParameterizedTest
    @CsvSource({"type,number", "localizable,true", "scopable,true"})
    void shouldRefuseChangingImmutableProperty(String property, String value) {
        String code = Fixtures.attribute("text");
        Object json = property.equals("type") ? value : Boolean.valueOf(value);

        asAdmin().body(Map.of(property, json)).patch("/api/v1/attributes/{code}", code)
                .then().statusCode(422)
                .body("errors[0].field", equalTo(property))
                .body("errors[0].message", containsString("cannot be changed"));
    }

    @Test
    void shouldRefuseImmutableChangeGivenAsAkeneoTypeOnlyWhenItDiffers() {
        String code = Fixtures.attribute("text");

        asAdmin().body(Map.of("type", "pim_catalog_text", "sort_order", 3)).patch("/api/v1/attributes/{code}", code)
                .then().statusCode(200)
                .body("sort_order", equalTo(3));
    }

    @Test
    void shouldRefuseSecondIdentifierAttribute() {
        Fixtures.identifier();

        asAdmin().body(attribute("type", "pim_catalog_identifier")).post("/api/v1/attributes")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("type"))
                .body("errors[0].message", containsString(Fixtures.IDENTIFIER));
    }

    @Test
    void shouldKeepIdentifierUniqueEvenWhenAskedOtherwise() {
        Fixtures.identifier();

        asAdmin().body(Map.of("unique", false)).patch("/api/v1/attributes/{code}", Fixtures.IDENTIFIER)
                .then().statusCode(200)
                .body("unique", equalTo(true));
    }

    @Test
    void shouldFindTheIdentifierByItsType() {
        Fixtures.identifier();

        asViewer().queryParam("type", "pim_catalog_identifier").get("/api/v1/attributes")
                .then().statusCode(200)
                .body("items.code", contains(Fixtures.IDENTIFIER));
    }

    @Test
    void shouldFilterAttributesByType() {
        Fixtures.attribute("boolean");

        asViewer().queryParam("type", "boolean").queryParam("limit", 100).get("/api/v1/attributes")
                .then().statusCode(200)
                .body("items.type", everyItem(equalTo("boolean")));
    }

    @Test
    void shouldRefuseDeletingAttributeOfFamily() {
        String code = Fixtures.attribute("text");
        String family = Fixtures.family(code);

        asAdmin().delete("/api/v1/attributes/{code}", code)
                .then().statusCode(409)
                .body("detail", containsString(family));
    }

    @Test
    void shouldRefuseDeletingGroupWithAttributes() {
        String group = Fixtures.attributeGroup();
        Map<String, Object> body = attribute("type", "text");
        body.put("group", group);
        asAdmin().body(body).post("/api/v1/attributes").then().statusCode(201);

        asAdmin().delete("/api/v1/attribute-groups/{code}", group)
                .then().statusCode(409)
                .body("detail", containsString("attributes"));
    }

    @Test
    void shouldClearTextPropertyPatchedToNull() {
        String code = unique("attr");
        asAdmin().body(attribute("code", code, "type", "text", "validation_rule", "email")).post("/api/v1/attributes").then().statusCode(201);
        Map<String, Object> clear = new HashMap<>();
        clear.put("validation_rule", null);

        asAdmin().body(clear).patch("/api/v1/attributes/{code}", code)
                .then().statusCode(200)
                .body("validation_rule", nullValue());
    }
}
