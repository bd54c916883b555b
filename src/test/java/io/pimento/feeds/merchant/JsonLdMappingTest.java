package io.pimento.feeds.merchant;

import io.pimento.catalog.product.TestSchemas;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.feeds.FeedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link SchemaOrg}: plain functions, no framework. */
class JsonLdMappingTest {

    private static final CatalogSchema SCHEMA = TestSchemas.standard();
    private static final GoogleSources SOURCES = GoogleSources.of(new GoogleMapping("ecommerce", null, null, null, null,
            null, null, null, null, "https://shop.example.com/p/{identifier}", "preorder", "new", 0),
            SCHEMA.family(TestSchemas.FAMILY), SCHEMA);

    private static JsonLd product(String parent, Map<String, Object> values, boolean context) {
        FeedItem item = FeedItem.product("boot", TestSchemas.FAMILY, "Boot", parent, List.of("winter"), values, Instant.EPOCH);
        return SchemaOrg.product(item, GoogleFields.of(item, SOURCES, "EUR"), SOURCES, context);
    }

    @Test
    void shouldOfferThePriceInEachCurrencyWithTheAvailabilityAsAUrl() {
        JsonLd product = product(null, Map.of("price", List.of(Map.of("amount", "12", "currency", "EUR"),
                Map.of("amount", "14.5", "currency", "USD"))), true);

        assertThat(product.offers()).containsExactly(
                new JsonLd.Offer("Offer", "12.00", "EUR", "https://schema.org/PreOrder", "https://shop.example.com/p/boot"),
                new JsonLd.Offer("Offer", "14.50", "USD", "https://schema.org/PreOrder", "https://shop.example.com/p/boot"));
        assertThat(product.context()).isEqualTo("https://schema.org");
        assertThat(product.category()).isEqualTo("winter");
    }

    @Test
    void shouldCallA13DigitGtinGtin13AndOthersGtin() {
        assertThat(product(null, Map.of("ean", "4006381333931"), true).gtin13()).isEqualTo("4006381333931");
        assertThat(product(null, Map.of("ean", "012345678905"), true).gtin()).isEqualTo("012345678905");
    }

    @Test
    void shouldNameTheGroupOfAVariantOnlyOutsideItsGroup() {
        assertThat(product("boot_model", Map.of(), true).isVariantOf().productGroupID()).isEqualTo("boot_model");
        assertThat(product("boot_model", Map.of(), false).isVariantOf()).isNull();
        assertThat(product("boot_model", Map.of(), false).context()).isNull();
    }

    @Test
    void shouldGroupVariantsWithTheNameOfTheFirst() {
        JsonLd variant = product("boot_model", Map.of(), false);

        JsonLd group = SchemaOrg.group("boot_model", List.of("color", "size"), List.of(variant));

        assertThat(group.type()).isEqualTo("ProductGroup");
        assertThat(group.name()).isEqualTo("Boot");
        assertThat(group.variesBy()).containsExactly("https://schema.org/color", "https://schema.org/size");
        assertThat(group.hasVariant()).containsExactly(variant);
    }

    @ParameterizedTest
    @CsvSource({"color, https://schema.org/color", "shoe_size, https://schema.org/size", "heel, heel"})
    void shouldNameAxesBySchemaOrgPropertiesWhenItHasThem(String axis, String expected) {
        assertThat(SchemaOrg.variesBy(axis)).isEqualTo(expected);
    }
}
