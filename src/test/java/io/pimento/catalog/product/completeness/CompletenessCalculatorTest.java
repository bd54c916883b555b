package io.pimento.catalog.product.completeness;

import io.pimento.catalog.product.Completeness;
import io.pimento.catalog.product.CompletenessEntry;
import io.pimento.catalog.product.ProductValues;
import io.pimento.catalog.product.TestSchemas;
import io.pimento.catalog.product.schema.CatalogSchema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.TestSchemas.ECOMMERCE;
import static io.pimento.catalog.product.TestSchemas.MOBILE;
import static org.assertj.core.api.Assertions.assertThat;

class CompletenessCalculatorTest {

    private static final CatalogSchema SCHEMA = TestSchemas.standard();

    @Test
    void shouldComputeOneEntryPerChannelAndLocaleOfTheRequirements() {
        Completeness completeness = CompletenessCalculator.compute(TestSchemas.FAMILY, new ProductValues(), SCHEMA);

        assertThat(completeness.entries()).extracting(e -> e.channel() + "/" + e.locale())
                .containsExactly("ecommerce/en_US", "ecommerce/fr_FR", "mobile/en_US");
    }

    @Test
    void shouldCountFilledRequiredAttributesPerLocaleAndScope() {
        ProductValues values = new ProductValues();
        values.put("sku", null, null, "boot");
        values.put("name", "en_US", null, "Boot");
        values.put("description", "en_US", ECOMMERCE, "A boot");
        values.put("description", "fr_FR", MOBILE, "wrong channel");

        Completeness completeness = CompletenessCalculator.compute(TestSchemas.FAMILY, values, SCHEMA);

        assertThat(completeness.of(ECOMMERCE, "en_US")).contains(new CompletenessEntry(ECOMMERCE, "en_US", 75, 4, List.of("price")));
        assertThat(completeness.of(ECOMMERCE, "fr_FR")).contains(
                new CompletenessEntry(ECOMMERCE, "fr_FR", 25, 4, List.of("name", "price", "description")));
        assertThat(completeness.of(MOBILE, "en_US")).contains(new CompletenessEntry(MOBILE, "en_US", 100, 2, List.of()));
    }

    @Test
    void shouldNeedAnAmountInEveryCurrencyOfTheChannelForAPrice() {
        ProductValues values = new ProductValues();
        values.put("price", null, null, List.of(Map.of("amount", "10", "currency", "EUR")));

        Completeness completeness = CompletenessCalculator.compute(TestSchemas.FAMILY, values, SCHEMA);

        assertThat(completeness.of(ECOMMERCE, "en_US").orElseThrow().missing()).contains("price");
        values.put("price", null, null, List.of(Map.of("amount", "10", "currency", "EUR"), Map.of("amount", "12", "currency", "USD")));
        assertThat(CompletenessCalculator.compute(TestSchemas.FAMILY, values, SCHEMA).of(ECOMMERCE, "en_US").orElseThrow().missing())
                .doesNotContain("price");
    }

    @Test
    void shouldRoundTheRatio() {
        CatalogSchema schema = TestSchemas.builder()
                .family(new io.pimento.catalog.product.schema.FamilySchema("three", java.util.Set.of("sku", "count", "ratio"),
                        Map.of(MOBILE, List.of("sku", "count", "ratio"))))
                .build();
        ProductValues values = new ProductValues();
        values.put("sku", null, null, "boot");
        values.put("count", null, null, 0);

        assertThat(CompletenessCalculator.compute("three", values, schema).of(MOBILE, "en_US").orElseThrow().ratio()).isEqualTo(67);
    }

    @Test
    void shouldNotRequireALocalizableAttributeWhereItIsNotAvailable() {
        CatalogSchema schema = TestSchemas.builder()
                .family(new io.pimento.catalog.product.schema.FamilySchema("french", java.util.Set.of("french_only"),
                        Map.of(ECOMMERCE, List.of("french_only"))))
                .build();

        Completeness completeness = CompletenessCalculator.compute("french", new ProductValues(), schema);

        assertThat(completeness.of(ECOMMERCE, "en_US").orElseThrow()).extracting(CompletenessEntry::required, CompletenessEntry::ratio)
                .containsExactly(0, 100);
        assertThat(completeness.of(ECOMMERCE, "fr_FR").orElseThrow().missing()).containsExactly("french_only");
    }

    @Test
    void shouldHaveNoCompletenessWithoutFamily() {
        assertThat(CompletenessCalculator.compute(null, new ProductValues(), SCHEMA).entries()).isEmpty();
    }

    @Test
    void shouldCountFalseAndZeroAsFilledButNotBlankText() {
        CatalogSchema schema = TestSchemas.builder()
                .family(new io.pimento.catalog.product.schema.FamilySchema("flags", java.util.Set.of("waterproof", "count", "code"),
                        Map.of(MOBILE, List.of("waterproof", "count", "code"))))
                .build();
        ProductValues values = new ProductValues();
        values.put("waterproof", null, null, false);
        values.put("count", null, null, 0);
        values.put("code", null, null, "  ");

        assertThat(CompletenessCalculator.compute("flags", values, schema).of(MOBILE, "en_US").orElseThrow().missing())
                .containsExactly("code");
    }
}
