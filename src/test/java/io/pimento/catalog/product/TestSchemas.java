package io.pimento.catalog.product;

import io.pimento.catalog.product.schema.CatalogSchemaLoader;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.product.schema.AttributeSchema;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.ChannelSchema;
import io.pimento.catalog.product.schema.FamilySchema;
import io.pimento.catalog.product.schema.VariantLevel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An in-memory catalog structure for the plain unit tests (no database, no Quarkus). */
public final class TestSchemas {

    public static final String FAMILY = "shoes";
    public static final String ECOMMERCE = "ecommerce";
    public static final String MOBILE = "mobile";

    private TestSchemas() {
    }

    public static CatalogSchema standard() {
        return builder().build();
    }

    public static CatalogSchema.Builder builder() {
        CatalogSchema.Builder b = CatalogSchema.builder()
                .enabledLocales(List.of("en_US", "fr_FR", "de_DE"))
                .enabledCurrencies(List.of("EUR", "USD", "XTS"))
                .channel(new ChannelSchema(ECOMMERCE, List.of("en_US", "fr_FR"), List.of("EUR", "USD")))
                .channel(new ChannelSchema(MOBILE, List.of("en_US"), List.of("EUR")))
                .categories(List.of("master", "boots"))
                .associationTypes(List.of("X_SELL"))
                .groups(List.of("promo"));
        b.attribute(AttributeSchema.builder("sku", AttributeType.IDENTIFIER).unique(true).build());
        b.attribute(AttributeSchema.builder("name", AttributeType.TEXT).localizable(true).build());
        b.attribute(AttributeSchema.builder("description", AttributeType.TEXTAREA).localizable(true).scopable(true).build());
        b.attribute(AttributeSchema.builder("short", AttributeType.TEXTAREA).maxCharacters(10).build());
        b.attribute(AttributeSchema.builder("weight", AttributeType.METRIC)
                .metric("Weight", CatalogSchemaLoader.unitsOf("Weight")).decimalsAllowed(true).negativeAllowed(false).build());
        b.attribute(AttributeSchema.builder("price", AttributeType.PRICE_COLLECTION).decimalsAllowed(true).negativeAllowed(false)
                .numberRange(null, new BigDecimal("10000")).build());
        b.attribute(AttributeSchema.builder("count", AttributeType.NUMBER).decimalsAllowed(false).negativeAllowed(false)
                .numberRange(BigDecimal.ZERO, new BigDecimal("1000")).build());
        b.attribute(AttributeSchema.builder("ratio", AttributeType.NUMBER).decimalsAllowed(true).build());
        b.attribute(AttributeSchema.builder("waterproof", AttributeType.BOOLEAN).build());
        b.attribute(AttributeSchema.builder("release", AttributeType.DATE)
                .dateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31)).build());
        b.attribute(AttributeSchema.builder("color", AttributeType.SIMPLESELECT).options("red", "blue", "Green").build());
        b.attribute(AttributeSchema.builder("tags", AttributeType.MULTISELECT).options("summer", "winter", "sale").build());
        b.attribute(AttributeSchema.builder("image", AttributeType.IMAGE).allowedExtensions(List.of("jpg", "png")).build());
        b.attribute(AttributeSchema.builder("manual", AttributeType.FILE).allowedExtensions(List.of("pdf")).build());
        b.attribute(AttributeSchema.builder("email", AttributeType.TEXT).validationRule("email", null).build());
        b.attribute(AttributeSchema.builder("website", AttributeType.TEXT).validationRule("url", null).build());
        b.attribute(AttributeSchema.builder("code", AttributeType.TEXT).validationRule("regexp", "/^[A-Z]{3}-\\d+$/").maxCharacters(10).build());
        b.attribute(AttributeSchema.builder("ean", AttributeType.TEXT).unique(true).build());
        b.attribute(AttributeSchema.builder("brand", AttributeType.REFERENCE_DATA_SIMPLESELECT).referenceDataName("brands").build());
        b.attribute(AttributeSchema.builder("materials", AttributeType.REFERENCE_DATA_MULTISELECT).referenceDataName("materials").build());
        b.attribute(AttributeSchema.builder("size", AttributeType.SIMPLESELECT).options("s", "m", "l").build());
        b.attribute(AttributeSchema.builder("french_only", AttributeType.TEXT).localizable(true).availableLocales(List.of("fr_FR")).build());
        b.attribute(AttributeSchema.builder("outsider", AttributeType.TEXT).build());

        Set<String> attributes = new LinkedHashSet<>(List.of("sku", "name", "description", "short", "weight", "price", "count", "ratio",
                "waterproof", "release", "color", "tags", "image", "manual", "email", "website", "code", "ean", "brand", "materials",
                "size", "french_only"));
        Map<String, List<String>> requirements = new LinkedHashMap<>();
        requirements.put(ECOMMERCE, List.of("sku", "name", "price", "description"));
        requirements.put(MOBILE, List.of("sku", "name"));
        b.family(new FamilySchema(FAMILY, attributes, requirements));
        b.familyVariant("shoes_by_color_size", FAMILY, List.of(
                new VariantLevel(1, List.of("color"), Set.of("color", "image")),
                new VariantLevel(2, List.of("size"), Set.of("size", "sku", "ean", "count"))));
        return b;
    }
}
