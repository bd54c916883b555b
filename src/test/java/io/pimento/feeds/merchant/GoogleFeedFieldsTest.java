package io.pimento.feeds.merchant;

import io.pimento.catalog.product.TestSchemas;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.feeds.FeedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** {@link GoogleFields}, {@link GoogleSources} and {@link GoogleFeedFormat}: plain functions, no framework. */
class GoogleFeedFieldsTest {

    private static final CatalogSchema SCHEMA = TestSchemas.standard();
    private static final GoogleMapping LINKED = new GoogleMapping("ecommerce", null, null, null, null, null, null, null,
            null, "https://shop.example.com/p/{identifier}", "in_stock", "new", 0);
    private static final GoogleSources GUESSED = GoogleSources.of(LINKED, SCHEMA.family(TestSchemas.FAMILY), SCHEMA);

    private static final Map<String, Object> COMPLETE = Map.of(
            "name", "Boot", "description", "A warm boot", "image", "https://cdn.example.com/boot.png",
            "price", List.of(Map.of("amount", "12", "currency", "EUR"), Map.of("amount", "14.5", "currency", "USD")));

    private static FeedItem item(String parent, Map<String, Object> values) {
        return FeedItem.product("BOOT 1", TestSchemas.FAMILY, "Boot", parent, List.of(), values, Instant.EPOCH);
    }

    private static Map<String, Object> with(String attribute, Object value) {
        Map<String, Object> values = new HashMap<>(COMPLETE);
        if (value == null) {
            values.remove(attribute);
        } else {
            values.put(attribute, value);
        }
        return values;
    }

    @Test
    void shouldGuessTheFamilysAttributesForTheFieldsTheMappingLeavesOpen() {
        assertThat(GUESSED.description()).isEqualTo("description");
        assertThat(GUESSED.imageLink()).isEqualTo("image");
        assertThat(GUESSED.price()).isEqualTo("price");
        assertThat(GUESSED.brand()).isEqualTo("brand");
        assertThat(GUESSED.gtin()).isEqualTo("ean");
        assertThat(GUESSED.mpn()).isNull();
        assertThat(GUESSED.title()).isNull();
    }

    @Test
    void shouldPreferTheMappedAttributeToTheGuess() {
        GoogleMapping mapping = new GoogleMapping("ecommerce", "name", "name", null, null, null, null, "code", null,
                null, null, null, 0);

        GoogleSources sources = GoogleSources.of(mapping, SCHEMA.family(TestSchemas.FAMILY), SCHEMA);

        assertThat(sources.description()).isEqualTo("name");
        assertThat(sources.mpn()).isEqualTo("code");
        assertThat(sources.condition()).isEqualTo("new");
        assertThat(sources.defaultAvailability()).isEqualTo("in_stock");
    }

    static Stream<Arguments> fields() {
        return Stream.of(
                arguments("id is the identifier", COMPLETE, "id", "BOOT 1"),
                arguments("title is the label", COMPLETE, "title", "Boot"),
                arguments("link from the template, identifier encoded", COMPLETE, "link", "https://shop.example.com/p/BOOT%201"),
                arguments("price in the first currency with two decimals", COMPLETE, "price", "12.00 EUR"),
                arguments("default availability", COMPLETE, "availability", "in_stock"),
                arguments("default condition", COMPLETE, "condition", "new"),
                arguments("no gtin nor mpn: no identifier", COMPLETE, "identifier_exists", "no"),
                arguments("gtin from the guessed ean", with("ean", "4006381333931"), "gtin", "4006381333931"),
                arguments("with a gtin, identifiers exist", with("ean", "4006381333931"), "identifier_exists", null),
                arguments("a brand option code", with("brand", "acme"), "brand", "acme"),
                arguments("no price in the first currency", with("price", List.of(Map.of("amount", "3", "currency", "USD"))),
                        "price", null),
                arguments("a simple product has no group", COMPLETE, "item_group_id", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void shouldMapAField(String why, Map<String, Object> values, String field, String expected) {
        assertThat(GoogleFields.of(item(null, values), GUESSED, "EUR").get(field)).isEqualTo(expected);
    }

    @Test
    void shouldGroupAVariantByItsParent() {
        assertThat(GoogleFields.of(item("boot_model", COMPLETE), GUESSED, "EUR").get("item_group_id")).isEqualTo("boot_model");
    }

    static Stream<Arguments> missing() {
        return Stream.of(
                arguments("nothing", COMPLETE, List.of()),
                arguments("the price", with("price", null), List.of("price")),
                arguments("the image", with("image", null), List.of("image_link")),
                arguments("the description", with("description", " "), List.of("description")),
                arguments("every value", Map.of(), List.of("description", "image_link", "price")));
    }

    @ParameterizedTest(name = "missing {0}")
    @MethodSource("missing")
    void shouldListTheMissingRequiredFields(String why, Map<String, Object> values, List<String> expected) {
        assertThat(GoogleFields.of(item(null, values), GUESSED, "EUR").missing()).isEqualTo(expected);
    }

    @Test
    void shouldMissTheLinkWithoutATemplate() {
        GoogleSources unlinked = GoogleSources.of(GoogleMapping.defaults("ecommerce"), SCHEMA.family(TestSchemas.FAMILY), SCHEMA);

        assertThat(GoogleFields.of(item(null, COMPLETE), unlinked, "EUR").missing()).containsExactly("link");
    }

    static Stream<Arguments> availabilities() {
        return Stream.of(
                arguments("in stock", "in_stock"), arguments("Out-Of-Stock", "out_of_stock"), arguments("preorder", "preorder"),
                arguments(true, "in_stock"), arguments(false, "out_of_stock"), arguments(3, "in_stock"), arguments(0, "out_of_stock"),
                arguments("maybe", null), arguments(Map.of("amount", "1"), null));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("availabilities")
    void shouldReadAvailabilityFromAnAttributesValue(Object value, String expected) {
        assertThat(GoogleFields.availability(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesLike")
    void shouldRecogniseAttributesNamedLikeAField(String code, boolean expected) {
        assertThat(GoogleSources.namedLike("description").test(code)).isEqualTo(expected);
    }

    static Stream<Arguments> namesLike() {
        return Stream.of(arguments("description", true), arguments("Description_EN", true), arguments("short_description", true),
                arguments("descriptions", false), arguments("nodescription", false));
    }

    @Test
    void shouldEscapeTextAndDropCharactersXmlCannotCarry() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GoogleFeedFormat xml = GoogleFeedFormat.xml(out, "Shop", "https://shop.example.com/");

        xml.item(new GoogleItem("a", Map.of("title", "Boots <&> \u0001\"x\""), List.of()));
        xml.end();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("<g:title>Boots &lt;&amp;&gt; \"x\"</g:title>");
    }

    @Test
    void shouldWriteTsvCellsOnOneLine() {
        assertThat(GoogleFeedFormat.Tsv.cell("a\tb\r\nc")).isEqualTo("a b c");
        assertThat(GoogleFeedFormat.Tsv.cell(null)).isEmpty();
    }
}
