package io.pimento.search.mapping;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.product.Completeness;
import io.pimento.catalog.product.CompletenessEntry;
import io.pimento.catalog.product.Product;
import io.pimento.catalog.product.ProductModel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ProductDocumentBuilderTest {

    private static final CatalogStructure STRUCTURE = new CatalogStructure(
            Map.of("name", attribute("name", AttributeType.TEXT, true, false),
                    "description", attribute("description", AttributeType.TEXTAREA, true, true),
                    "material", attribute("material", AttributeType.TEXT, false, false),
                    "color", attribute("color", AttributeType.SIMPLESELECT, false, false),
                    "tags", attribute("tags", AttributeType.MULTISELECT, false, false),
                    "price", attribute("price", AttributeType.PRICE_COLLECTION, false, true),
                    "weight", new CatalogStructure.IndexedAttribute("weight", AttributeType.METRIC, false, false, "Weight"),
                    "waterproof", attribute("waterproof", AttributeType.BOOLEAN, false, false),
                    "release", attribute("release", AttributeType.DATE, false, false),
                    "rating", attribute("rating", AttributeType.NUMBER, false, false)),
            Set.of("boots"),
            Map.of("boots", "name"),
            Map.of("master", "/master/", "shoes", "/master/shoes/", "boots", "/master/shoes/boots/"),
            Map.of("web", List.of("en_US", "fr_FR")),
            Set.of("en_US", "fr_FR"),
            0L, Instant.EPOCH, Instant.EPOCH);

    private static CatalogStructure.IndexedAttribute attribute(String code, AttributeType type, boolean localizable, boolean scopable) {
        return new CatalogStructure.IndexedAttribute(code, type, localizable, scopable, null);
    }

    private static Product product() {
        Product product = new Product();
        product.id = 7L;
        product.identifier = "BOOT-1";
        product.family = "boots";
        product.categories = List.of("boots");
        return product;
    }

    @Test
    void shouldNameValueFieldsLikeAkeneoFlatColumns() {
        Product product = product();
        product.values.put("description", "en_US", "web", "<p>Warm</p>");
        product.values.put("color", null, null, "red");
        product.values.put("tags", null, null, List.of("winter", "leather"));
        product.values.put("price", null, "web", List.of(Map.of("amount", "12.50", "currency", "EUR")));
        product.values.put("weight", null, null, Map.of("amount", "1500", "unit", "GRAM"));
        product.values.put("waterproof", null, null, "1");
        product.values.put("release", null, null, "2024-02-03T00:00:00+00:00");
        product.values.put("rating", null, null, "4.5");

        ProductDocument document = ProductDocumentBuilder.build(product, List.of(), STRUCTURE);

        assertThat(document.selects()).containsOnly(entry("color", List.of("red")), entry("tags", List.of("winter", "leather")));
        assertThat(document.prices()).containsOnly(entry("price-web-EUR", 12.5));
        assertThat(document.metrics()).containsOnly(entry("weight", 1.5)); // in KILOGRAM, Weight's standard unit
        assertThat(document.booleans()).containsOnly(entry("waterproof", true));
        assertThat(document.dates()).containsOnly(entry("release", LocalDate.of(2024, 2, 3)));
        assertThat(document.numbers()).containsOnly(entry("rating", 4.5));
    }

    @Test
    void shouldExpandCategoriesToTheirAncestors() {
        ProductDocument document = ProductDocumentBuilder.build(product(), List.of(), STRUCTURE);

        assertThat(document.categories()).containsExactly("boots");
        assertThat(document.categoryPaths()).containsExactlyInAnyOrder("master", "shoes", "boots");
    }

    @Test
    void shouldKeepLocalizedTextsInTheirLocaleAndSharedTextsInAll() {
        Product product = product();
        product.values.put("name", "fr_FR", null, "Botte");
        product.values.put("name", "en_US", null, "Boot");
        product.values.put("material", null, null, "Leather");
        product.values.put("description", "en_US", "web", "<b>Warm</b> lining");

        ProductDocument document = ProductDocumentBuilder.build(product, List.of(), STRUCTURE);

        assertThat(document.labels()).containsEntry("en_US", "Boot").containsEntry("fr_FR", "Botte");
        assertThat(document.fulltext().get("fr_FR")).contains("BOOT-1", "Botte", "Leather").doesNotContain("Boot\n", "Warm");
        assertThat(document.fulltext().get("en_US")).contains("Boot", "Leather", " Warm  lining").doesNotContain("<b>");
    }

    @Test
    void shouldLetVariantValuesOverrideTheirModels() {
        ProductModel root = new ProductModel();
        root.code = "root";
        root.categories = List.of("shoes");
        root.values.put("color", null, null, "black");
        root.values.put("name", "en_US", null, "Root name");
        ProductModel subModel = new ProductModel();
        subModel.code = "sub";
        subModel.values.put("color", null, null, "brown");
        Product variant = product();
        variant.categories = List.of();
        variant.values.put("rating", null, null, 3);

        ProductDocument document = ProductDocumentBuilder.build(variant, List.of(subModel, root), STRUCTURE);

        assertThat(document.parent()).isEqualTo("sub");
        assertThat(document.selects()).containsEntry("color", List.of("brown"));
        assertThat(document.labels()).containsEntry("en_US", "Root name");
        assertThat(document.numbers()).containsEntry("rating", 3.0);
        assertThat(document.categoryPaths()).containsExactlyInAnyOrder("master", "shoes");
    }

    @Test
    void shouldLeaveOutValuesThatDoNotFitTheirType() {
        Product product = product();
        product.values.put("rating", null, null, "a lot");
        product.values.put("release", null, null, "someday");
        product.values.put("unknown_attribute", null, null, "x");

        ProductDocument document = ProductDocumentBuilder.build(product, List.of(), STRUCTURE);

        assertThat(document.numbers()).isEmpty();
        assertThat(document.dates()).isEmpty();
    }

    @Test
    void shouldIndexCompletenessPerChannelAndLocale() {
        Product product = product();
        product.completeness = new Completeness(List.of(new CompletenessEntry("web", "en_US", 75, 4, List.of("price"))));

        ProductDocument document = ProductDocumentBuilder.build(product, List.of(), STRUCTURE);

        assertThat(document.completeness()).containsOnly(entry("web-en_US", 75));
    }
}
