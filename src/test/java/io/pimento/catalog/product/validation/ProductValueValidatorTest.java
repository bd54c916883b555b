package io.pimento.catalog.product.validation;

import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.TestSchemas;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.common.FieldError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class ProductValueValidatorTest {

    private static final CatalogSchema SCHEMA = TestSchemas.standard();

    private static ValidatedValues validate(String attribute, String locale, String scope, Object data) {
        List<ProductValue> values = new ArrayList<>();
        values.add(new ProductValue(locale, scope, data));
        return ProductValueValidator.validate(ValuesPayload.ofProduct("boot", TestSchemas.FAMILY, Map.of(attribute, values)), SCHEMA);
    }

    static Stream<Arguments> validValues() {
        return Stream.of(
                arguments("sku", null, null, "boot", "boot"),
                arguments("name", "en_US", null, "Big boot", "Big boot"),
                arguments("description", "fr_FR", "ecommerce", "Une botte", "Une botte"),
                arguments("count", null, null, 12, 12),
                arguments("count", null, null, "12", 12),
                arguments("count", null, null, new BigDecimal("12.00"), 12),
                arguments("ratio", null, null, new BigDecimal("12.50"), "12.50"),
                arguments("ratio", null, null, "-0.5", "-0.5"),
                arguments("ratio", null, null, 3_000_000_000L, 3_000_000_000L),
                arguments("waterproof", null, null, false, false),
                arguments("release", null, null, "2024-05-01", "2024-05-01"),
                arguments("release", null, null, "2024-05-01T23:30:00+02:00", "2024-05-01"),
                arguments("release", null, null, "2024-05-01T10:00:00", "2024-05-01"),
                arguments("color", null, null, "RED", "red"),
                arguments("color", null, null, "green", "Green"),
                arguments("tags", null, null, List.of("winter", "Summer"), List.of("summer", "winter")),
                arguments("price", null, null, List.of(price(120, "USD"), price("99.90", "EUR")),
                        List.of(price("99.90", "EUR"), price("120", "USD"))),
                arguments("weight", null, null, metric("1.50", "kilogram"), metric("1.50", "KILOGRAM")),
                arguments("weight", null, null, metric(500, "GRAM"), metric(500, "GRAM")),
                arguments("ratio", null, null, "9".repeat(100), new java.math.BigInteger("9".repeat(100))),
                arguments("image", null, null, "media/boot.JPG", "media/boot.JPG"),
                arguments("manual", null, null, "docs/manual.pdf", "docs/manual.pdf"),
                arguments("email", null, null, "shop@example.com", "shop@example.com"),
                arguments("website", null, null, "https://example.com/boots", "https://example.com/boots"),
                arguments("code", null, null, "ABC-42", "ABC-42"),
                arguments("brand", null, null, "acme", "acme"),
                arguments("materials", null, null, List.of("leather", "rubber"), List.of("leather", "rubber")),
                arguments("french_only", "fr_FR", null, "Seulement", "Seulement"));
    }

    @ParameterizedTest(name = "{0} = {3}")
    @MethodSource("validValues")
    void shouldAcceptAndNormaliseValidData(String attribute, String locale, String scope, Object data, Object normalised) {
        ValidatedValues result = validate(attribute, locale, scope, data);

        assertThat(result.errors()).isEmpty();
        assertThat(result.updates()).singleElement().satisfies(u -> assertThat(u.data()).isEqualTo(normalised));
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(
                arguments("sku", null, null, "other", "must be the product's identifier 'boot'"),
                arguments("name", "en_US", null, 42, "expects a string, got the number 42"),
                arguments("name", "en_US", null, "x".repeat(256), "expects at most 255 characters, got 256"),
                arguments("short", null, null, "x".repeat(11), "expects at most 10 characters, got 11"),
                arguments("count", null, null, "twelve", "expects a number, got the string \"twelve\""),
                arguments("count", null, null, true, "expects a number, got the boolean true"),
                arguments("count", null, null, new BigDecimal("1.5"), "decimals are not allowed"),
                arguments("count", null, null, -1, "negative numbers are not allowed"),
                arguments("count", null, null, 1001, "must be at most 1000"),
                arguments("waterproof", null, null, "yes", "expects true or false"),
                arguments("release", null, null, "01/05/2024", "is not a date; use YYYY-MM-DD"),
                arguments("release", null, null, "1999-12-31", "must be on or after 2000-01-01"),
                arguments("release", null, null, "2100-01-01", "must be on or before 2099-12-31"),
                arguments("color", null, null, "purple", "option 'purple' does not exist; options are [Green, blue, red]"),
                arguments("color", null, null, List.of("red"), "expects an option code as a string"),
                arguments("tags", null, null, "summer", "expects an array of option codes"),
                arguments("tags", null, null, List.of("summer", "autumn"), "option 'autumn' does not exist"),
                arguments("tags", null, null, List.of("summer", "SUMMER"), "option 'summer' is given twice"),
                arguments("price", null, null, List.of(price("1", "GBP")), "currency 'GBP' does not exist or is not enabled"),
                arguments("price", null, null, List.of(price("1", "XTS")), "currency 'XTS' is not used by any channel"),
                arguments("price", null, null, List.of(price("1", "EUR"), price("2", "EUR")), "currency 'EUR' is given twice"),
                arguments("price", null, null, List.of(price("cheap", "EUR")), "expects a numeric amount in EUR"),
                arguments("price", null, null, List.of(price("-1", "EUR")), "price in EUR: negative numbers are not allowed"),
                arguments("price", null, null, List.of(price("10001", "EUR")), "price in EUR: must be at most 10000"),
                arguments("price", null, null, Map.of("amount", "1", "currency", "EUR"), "expects an array of {\"amount\", \"currency\"}"),
                arguments("weight", null, null, metric("1", "LITER"), "unit 'LITER' is not a unit of measurement family 'Weight'"),
                arguments("weight", null, null, metric("heavy", "GRAM"), "expects a numeric amount"),
                arguments("weight", null, null, 12, "expects {\"amount\", \"unit\"}"),
                // numbers written as strings escape the JSON parser's length limit: the same limit, on the field
                arguments("ratio", null, null, "9".repeat(1000), "expects a number, got a number too long (over 100 digits"),
                arguments("ratio", null, null, "0." + "1".repeat(101), "number too long"),
                arguments("weight", null, null, metric("9".repeat(1000), "GRAM"), "expects a numeric amount, got a number too long"),
                arguments("price", null, null, List.of(price("1".repeat(101), "EUR")), "number too long"),
                arguments("image", null, null, "boot.gif", "has extension 'gif'; allowed extensions are [jpg, png]"),
                arguments("manual", null, null, "manual", "has no extension"),
                arguments("email", null, null, "not-an-email", "is not an email address"),
                arguments("website", null, null, "ftp://example.com", "is not a URL"),
                arguments("code", null, null, "abc-42", "does not match the pattern"),
                arguments("brand", null, null, List.of("acme"), "expects a reference data code as a string"),
                arguments("materials", null, null, List.of("wool", "wool"), "a code is given twice"));
    }

    @ParameterizedTest(name = "{0} = {3}")
    @MethodSource("invalidValues")
    void shouldRefuseInvalidDataNamingTheValue(String attribute, String locale, String scope, Object data, String message) {
        ValidatedValues result = validate(attribute, locale, scope, data);

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("values." + attribute + "[0].data");
            assertThat(error.message()).startsWith("attribute '" + attribute + "'").contains(message);
        });
        assertThat(result.updates()).isEmpty();
    }

    static Stream<Arguments> misplacedValues() {
        return Stream.of(
                arguments("name", null, null, "locale", "attribute 'name' is localizable: give the locale of the value"),
                arguments("name", "xx_XX", null, "locale", "locale 'xx_XX' of attribute 'name' does not exist or is not enabled"),
                arguments("count", "en_US", null, "locale", "attribute 'count' is not localizable: its locale must be null, not 'en_US'"),
                arguments("description", "en_US", null, "scope", "attribute 'description' is scopable: give the channel of the value as scope"),
                arguments("description", "en_US", "print", "scope", "channel 'print' of attribute 'description' does not exist"),
                arguments("description", "de_DE", "ecommerce", "locale", "locale 'de_DE' is not a locale of channel 'ecommerce' (attribute 'description')"),
                arguments("description", "fr_FR", "mobile", "locale", "locale 'fr_FR' is not a locale of channel 'mobile'"),
                arguments("name", "en_US", "ecommerce", "scope", "attribute 'name' is not scopable: its scope must be null, not 'ecommerce'"),
                arguments("french_only", "en_US", null, "locale", "attribute 'french_only' is only available in locales [fr_FR], not 'en_US'"));
    }

    @ParameterizedTest(name = "{0} at {1}/{2}")
    @MethodSource("misplacedValues")
    void shouldRefuseValuesAtTheWrongLocaleOrScope(String attribute, String locale, String scope, String field, String message) {
        ValidatedValues result = validate(attribute, locale, scope, attribute.equals("count") ? 3 : "Text");

        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("values." + attribute + "[0]." + field);
            assertThat(error.message()).contains(message);
        });
    }

    @Test
    void shouldRefuseUnknownAttribute() {
        assertThat(validate("colour", null, null, "red").errors())
                .containsExactly(new FieldError("values.colour", "attribute 'colour' does not exist"));
    }

    @Test
    void shouldRefuseAttributeOutsideTheFamily() {
        assertThat(validate("outsider", null, null, "x").errors())
                .containsExactly(new FieldError("values.outsider", "attribute 'outsider' is not in family 'shoes'"));
    }

    @Test
    void shouldAcceptAnyAttributeOnAProductWithoutFamily() {
        ValidatedValues result = ProductValueValidator.validate(
                ValuesPayload.ofProduct("boot", null, Map.of("outsider", List.of(new ProductValue(null, null, "x")))), SCHEMA);

        assertThat(result.errors()).isEmpty();
    }

    @Test
    void shouldRefuseTheIdentifierAttributeOnProductModels() {
        ValidatedValues result = ProductValueValidator.validate(
                ValuesPayload.ofProductModel(TestSchemas.FAMILY, Map.of("sku", List.of(new ProductValue(null, null, "x")))), SCHEMA);

        assertThat(result.errors()).extracting(FieldError::field).containsExactly("values.sku");
    }

    @Test
    void shouldTurnEmptyDataIntoAClear() {
        assertThat(validate("name", "en_US", null, "").updates()).singleElement().satisfies(u -> assertThat(u.clears()).isTrue());
        assertThat(validate("tags", null, null, List.of()).updates()).singleElement().satisfies(u -> assertThat(u.clears()).isTrue());
    }

    @Test
    void shouldAcceptClearingAValueOfAnAttributeThatNoLongerExists() {
        assertThat(validate("gone", null, null, null).errors()).isEmpty();
    }

    @Test
    void shouldRefuseTheSameSlotTwice() {
        Map<String, List<ProductValue>> values = Map.of("name", List.of(
                new ProductValue("en_US", null, "One"), new ProductValue("en_US", null, "Two")));

        ValidatedValues result = ProductValueValidator.validate(ValuesPayload.ofProduct("boot", TestSchemas.FAMILY, values), SCHEMA);

        assertThat(result.errors()).containsExactly(new FieldError("values.name[1]", "attribute 'name' (locale en_US) is given twice"));
    }

    @Test
    void shouldReportEveryErrorOfThePayload() {
        Map<String, List<ProductValue>> values = new LinkedHashMap<>();
        values.put("count", List.of(new ProductValue(null, null, -5)));
        values.put("color", List.of(new ProductValue(null, null, "purple")));
        values.put("name", List.of(new ProductValue("en_US", null, "Fine"), new ProductValue(null, null, "No locale")));

        ValidatedValues result = ProductValueValidator.validate(ValuesPayload.ofProduct("boot", TestSchemas.FAMILY, values), SCHEMA);

        assertThat(result.errors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("values.count[0].data", "values.color[0].data", "values.name[1].locale");
        assertThat(result.updates()).extracting(ValueUpdate::attribute).containsExactly("name");
    }

    private static Map<String, Object> price(Object amount, String currency) {
        Map<String, Object> price = new LinkedHashMap<>();
        price.put("amount", amount);
        price.put("currency", currency);
        return price;
    }

    private static Map<String, Object> metric(Object amount, String unit) {
        Map<String, Object> metric = new LinkedHashMap<>();
        metric.put("amount", amount);
        metric.put("unit", unit);
        return metric;
    }
}
