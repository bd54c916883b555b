package io.pimento.search.mapping;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.measurement.MeasurementFamilies;
import io.pimento.catalog.product.CompletenessEntry;
import io.pimento.catalog.product.Product;
import io.pimento.catalog.product.ProductModel;
import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.ProductValues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns a product into its {@link ProductDocument}. Pure: everything it needs is passed in.
 * Values that do not fit their attribute's type are left out rather than failing the document,
 * so one odd value never keeps a product out of the index.
 */
public final class ProductDocumentBuilder {

    /** Keyword fields are limited in size; longer texts stay searchable through the full text. */
    private static final int MAX_KEYWORD_LENGTH = 512;
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");

    private ProductDocumentBuilder() {
    }

    /**
     * @param ancestors the product's parent model first, then its parent (root model last)
     */
    public static ProductDocument build(Product product, List<ProductModel> ancestors, CatalogStructure structure) {
        ProductValues values = inheritedValues(product, ancestors);
        Set<String> locales = documentLocales(values, structure);

        Set<String> categories = new LinkedHashSet<>(product.categories);
        ancestors.forEach(model -> categories.addAll(model.categories));
        Set<String> categoryPaths = new TreeSet<>();
        categories.forEach(code -> categoryPaths.addAll(structure.categoryWithAncestors(code)));

        Map<String, Integer> completeness = new TreeMap<>();
        for (CompletenessEntry entry : product.completeness.entries()) {
            completeness.put(ProductFields.completenessLeaf(entry.channel(), entry.locale()), entry.ratio());
        }

        Map<String, String> labels = labels(product, values, locales, structure);
        Map<String, String> fulltext = fulltext(product.identifier, values, locales, structure);

        AttributeValues attributeValues = new AttributeValues();
        values.asMap().forEach((code, list) -> structure.attribute(code)
                .ifPresent(attribute -> list.forEach(value -> attributeValues.add(attribute, value))));

        return new ProductDocument(product.id, product.identifier, product.family, List.copyOf(categories), categoryPaths,
                product.enabled, product.status.code(), ancestors.isEmpty() ? null : ancestors.get(0).code,
                product.createdAt, product.updatedAt, completeness, labels, fulltext,
                attributeValues.selects, attributeValues.texts, attributeValues.numbers, attributeValues.booleans,
                attributeValues.dates, attributeValues.prices, attributeValues.metrics);
    }

    /** A variant's own values win over its sub-model's, which win over its root model's. */
    static ProductValues inheritedValues(Product product, List<ProductModel> ancestors) {
        ProductValues merged = new ProductValues();
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            merged = merged.mergedWith(ancestors.get(i).values);
        }
        return merged.mergedWith(product.values);
    }

    private static Set<String> documentLocales(ProductValues values, CatalogStructure structure) {
        Set<String> locales = new TreeSet<>(structure.locales());
        locales.add(CatalogStructure.DEFAULT_LOCALE);
        values.asMap().values().forEach(list -> list.stream().map(ProductValue::locale).filter(Objects::nonNull)
                .forEach(locales::add));
        return locales;
    }

    private static Map<String, String> labels(Product product, ProductValues values, Set<String> locales,
                                              CatalogStructure structure) {
        Map<String, String> labels = new TreeMap<>();
        Optional<String> labelAttribute = structure.labelAttribute(product.family);
        if (labelAttribute.isEmpty()) {
            return labels;
        }
        for (ProductValue value : values.of(labelAttribute.get())) {
            String text = asText(value.data());
            if (text == null || text.isBlank()) {
                continue;
            }
            if (value.locale() == null) {
                locales.forEach(locale -> labels.putIfAbsent(locale, text));
            } else if (value.scope() == null || !labels.containsKey(value.locale())) {
                labels.put(value.locale(), text);
            }
        }
        return labels;
    }

    private static Map<String, String> fulltext(String identifier, ProductValues values, Set<String> locales,
                                                CatalogStructure structure) {
        Map<String, List<String>> texts = new TreeMap<>();
        locales.forEach(locale -> texts.put(locale, new ArrayList<>(List.of(identifier))));
        values.asMap().forEach((code, list) -> structure.attribute(code)
                .filter(attribute -> attribute.type() == AttributeType.TEXT || attribute.type() == AttributeType.TEXTAREA)
                .ifPresent(attribute -> list.forEach(value -> {
                    String text = asText(value.data());
                    if (text == null || text.isBlank()) {
                        return;
                    }
                    String plain = attribute.type() == AttributeType.TEXTAREA ? HTML_TAG.matcher(text).replaceAll(" ") : text;
                    if (value.locale() == null) {
                        texts.values().forEach(localeTexts -> localeTexts.add(plain));
                    } else {
                        texts.computeIfAbsent(value.locale(), l -> new ArrayList<>(List.of(identifier))).add(plain);
                    }
                })));
        Map<String, String> fulltext = new TreeMap<>();
        texts.forEach((locale, list) -> fulltext.put(locale, String.join("\n", list)));
        return fulltext;
    }

    /** Collects typed attribute values under their leaf field names. */
    private static final class AttributeValues {
        final Map<String, List<String>> selects = new TreeMap<>();
        final Map<String, String> texts = new TreeMap<>();
        final Map<String, Double> numbers = new TreeMap<>();
        final Map<String, Boolean> booleans = new TreeMap<>();
        final Map<String, LocalDate> dates = new TreeMap<>();
        final Map<String, Double> prices = new TreeMap<>();
        final Map<String, Double> metrics = new TreeMap<>();

        void add(CatalogStructure.IndexedAttribute attribute, ProductValue value) {
            if (value.data() == null) {
                return;
            }
            String leaf = ProductFields.valueLeaf(attribute.code(), value.locale(), value.scope());
            Object data = value.data();
            switch (attribute.type()) {
                case SIMPLESELECT, REFERENCE_DATA_SIMPLESELECT -> Optional.ofNullable(asText(data))
                        .ifPresent(code -> selects.put(leaf, List.of(code)));
                case MULTISELECT, REFERENCE_DATA_MULTISELECT -> {
                    if (data instanceof Collection<?> codes) {
                        List<String> list = codes.stream().map(ProductDocumentBuilder::asText).filter(Objects::nonNull).toList();
                        if (!list.isEmpty()) {
                            selects.put(leaf, list);
                        }
                    }
                }
                case TEXT, IDENTIFIER -> Optional.ofNullable(asText(data))
                        .map(text -> text.length() > MAX_KEYWORD_LENGTH ? text.substring(0, MAX_KEYWORD_LENGTH) : text)
                        .ifPresent(text -> texts.put(leaf, text));
                case NUMBER -> asNumber(data).ifPresent(number -> numbers.put(leaf, number));
                case BOOLEAN -> asBoolean(data).ifPresent(flag -> booleans.put(leaf, flag));
                case DATE -> asDate(data).ifPresent(date -> dates.put(leaf, date));
                case PRICE_COLLECTION -> {
                    if (data instanceof Collection<?> amounts) {
                        for (Object item : amounts) {
                            if (item instanceof Map<?, ?> price && price.get("currency") != null) {
                                asNumber(price.get("amount")).ifPresent(amount ->
                                        prices.put(ProductFields.priceLeaf(leaf, price.get("currency").toString()), amount));
                            }
                        }
                    }
                }
                // In the measurement family's standard unit, so 500 GRAM and 0.5 KILOGRAM compare equal.
                case METRIC -> {
                    if (data instanceof Map<?, ?> metric) {
                        asNumber(metric.get("amount")).ifPresent(amount ->
                                metrics.put(leaf, toStandardUnit(amount, attribute.metricFamily(), metric.get("unit"))));
                    }
                }
                default -> {
                    // text areas go to the full text only; media and files are not searchable
                }
            }
        }
    }

    /** The amount as given when its family or unit is unknown (kept rather than dropped). */
    static double toStandardUnit(double amount, String family, Object unit) {
        if (family == null || unit == null) {
            return amount;
        }
        return MeasurementFamilies.unit(family, unit.toString())
                .map(u -> MeasurementFamilies.toStandard(BigDecimal.valueOf(amount), family, unit.toString()).doubleValue())
                .orElse(amount);
    }

    static String asText(Object data) {
        if (data instanceof String text) {
            return text;
        }
        if (data instanceof Number || data instanceof Boolean) {
            return data.toString();
        }
        return null;
    }

    static Optional<Double> asNumber(Object data) {
        if (data instanceof Number number) {
            return Optional.of(number.doubleValue());
        }
        if (data instanceof String text) {
            try {
                return Optional.of(new BigDecimal(text.trim()).doubleValue());
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static Optional<Boolean> asBoolean(Object data) {
        if (data instanceof Boolean flag) {
            return Optional.of(flag);
        }
        if (data instanceof String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "true", "1" -> Optional.of(true);
                case "false", "0" -> Optional.of(false);
                default -> Optional.empty();
            };
        }
        if (data instanceof Number number) {
            return Optional.of(number.intValue() != 0);
        }
        return Optional.empty();
    }

    /** Akeneo sends dates as {@code 2024-01-31} or {@code 2024-01-31T00:00:00+00:00}. */
    static Optional<LocalDate> asDate(Object data) {
        if (data instanceof String text && text.length() >= 10) {
            try {
                return Optional.of(LocalDate.parse(text.substring(0, 10)));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
