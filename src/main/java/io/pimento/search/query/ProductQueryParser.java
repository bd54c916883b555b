package io.pimento.search.query;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.product.EnrichmentStatus;
import io.pimento.common.BadRequestException;
import io.pimento.common.Cursor;
import io.pimento.search.mapping.CatalogStructure;
import io.pimento.search.mapping.CatalogStructure.IndexedAttribute;
import io.pimento.search.mapping.ProductFields;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the query parameters of {@code GET /api/v1/search/products} into a {@link ProductQuery},
 * refusing anything it does not understand with a 400 that names the parameter. The syntax is
 * described in docs/search.md.
 */
public final class ProductQueryParser {

    public static final String ATTRIBUTE_PREFIX = "attr.";
    private static final String RANGE = "..";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final int MAX_FACET_VALUES = 50;
    private static final Set<String> PARAMETERS = Set.of("q", "locale", "channel", "family", "category", "enabled",
            "status", "completeness", "facets", "sort", "limit", "after");

    private final CatalogStructure structure;
    private final Map<String, List<String>> parameters;

    private ProductQueryParser(CatalogStructure structure, Map<String, List<String>> parameters) {
        this.structure = structure;
        this.parameters = parameters;
    }

    public static ProductQuery parse(Map<String, List<String>> parameters, CatalogStructure structure) {
        return new ProductQueryParser(structure, parameters).parse();
    }

    public static int maxFacetValues() {
        return MAX_FACET_VALUES;
    }

    private ProductQuery parse() {
        parameters.keySet().stream()
                .filter(name -> !PARAMETERS.contains(name) && !name.startsWith(ATTRIBUTE_PREFIX))
                .findFirst()
                .ifPresent(name -> {
                    throw BadRequestException.of(name, "unknown parameter '%s'".formatted(name));
                });
        String text = QueryText.check("q", single("q"));
        String channel = single("channel");
        if (channel != null && !structure.hasChannel(channel)) {
            throw new UnknownCodeException("channel", "unknown channel '%s'".formatted(channel));
        }
        String locale = locale(channel);

        List<Filter> filters = new ArrayList<>();
        List<String> families = all("family");
        families.forEach(code -> {
            if (!structure.hasFamily(code)) {
                throw new UnknownCodeException("family", "unknown family '%s'".formatted(code));
            }
        });
        addTermsFilter(filters, "family", ProductFields.FAMILY, families);
        List<String> categories = all("category");
        categories.forEach(code -> {
            if (!structure.hasCategory(code)) {
                throw new UnknownCodeException("category", "unknown category '%s'".formatted(code));
            }
        });
        // category_paths holds every ancestor of a product's categories: a filter on a node includes its subtree.
        addTermsFilter(filters, "category", ProductFields.CATEGORY_PATHS, categories);
        addTermsFilter(filters, "status", ProductFields.STATUS, all("status").stream().map(this::status).toList());
        String enabled = single("enabled");
        if (enabled != null) {
            filters.add(new Filter("enabled", ProductFields.ENABLED, List.of(new ValueCondition.Equals(bool("enabled", enabled)))));
        }
        String completeness = single("completeness");
        if (completeness != null) {
            filters.add(completenessFilter(completeness, channel, locale));
        }
        parameters.keySet().stream().filter(name -> name.startsWith(ATTRIBUTE_PREFIX)).sorted()
                .forEach(name -> filters.add(attributeFilter(name, channel, locale)));

        List<Facet> facets = facets(channel, locale);
        String sortName = single("sort");
        if (sortName == null) {
            sortName = text == null ? "-updated" : "relevance";
        }
        List<SortField> sort = sort(sortName, channel, locale);
        int limit = limit();
        return new ProductQuery(text, locale, channel, filters, facets, sortName, sort, limit,
                SearchCursor.decode(single("after"), sortName, sort.size() + 1));
    }

    private String locale(String channel) {
        String locale = single("locale");
        if (locale != null) {
            if (!structure.hasLocale(locale)) {
                throw new UnknownCodeException("locale", "unknown locale '%s'".formatted(locale));
            }
            return locale;
        }
        if (channel != null && !structure.channelLocales().get(channel).isEmpty()) {
            return structure.channelLocales().get(channel).get(0);
        }
        return CatalogStructure.DEFAULT_LOCALE;
    }

    private String status(String value) {
        try {
            return EnrichmentStatus.fromCode(value).code();
        } catch (IllegalArgumentException e) {
            throw BadRequestException.of("status", e.getMessage());
        }
    }

    private Filter completenessFilter(String value, String channel, String locale) {
        if (channel == null) {
            throw BadRequestException.of("completeness", "completeness needs a channel: add channel=<code>");
        }
        int ratio;
        try {
            ratio = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            ratio = -1;
        }
        if (ratio < 0 || ratio > 100) {
            throw BadRequestException.of("completeness", "completeness must be a whole number from 0 to 100, not '%s'".formatted(value));
        }
        String field = ProductFields.path(ProductFields.COMPLETENESS, ProductFields.completenessLeaf(channel, locale));
        return new Filter("completeness", field, List.of(new ValueCondition.Between(ratio, null)));
    }

    /** {@code attr.<code>} or, for prices, {@code attr.<code>.<CURRENCY>}. */
    private Filter attributeFilter(String name, String channel, String locale) {
        AttributeField target = attributeField(name, name, channel, locale);
        List<String> values = all(name);
        List<ValueCondition> conditions = new ArrayList<>();
        for (String value : values) {
            conditions.add(switch (target.kind()) {
                case SELECT, TEXT -> new ValueCondition.Equals(value);
                case BOOLEAN -> new ValueCondition.Equals(bool(name, value));
                case NUMBER, PRICE, METRIC -> numberCondition(name, value);
                case DATE -> dateCondition(name, value);
            });
        }
        return new Filter(name, target.field(), conditions);
    }

    private AttributeField attributeField(String parameter, String reference, String channel, String locale) {
        String[] parts = reference.substring(ATTRIBUTE_PREFIX.length()).split("\\.", -1);
        if (parts.length > 2 || parts[0].isEmpty()) {
            throw BadRequestException.of(parameter, "'%s' is not an attribute reference: use attr.<code> (attr.<code>.<currency> for prices)"
                    .formatted(reference));
        }
        IndexedAttribute attribute = structure.attribute(parts[0])
                .orElseThrow(() -> new UnknownCodeException(parameter, "unknown attribute '%s'".formatted(parts[0])));
        ValueKind kind = ValueKind.of(attribute.type());
        if (kind == null) {
            throw BadRequestException.of(parameter, "attribute '%s' (%s) cannot be used to filter or sort"
                    .formatted(attribute.code(), attribute.type().code()));
        }
        if (attribute.scopable() && channel == null) {
            throw BadRequestException.of(parameter, "attribute '%s' has a value per channel: add channel=<code>"
                    .formatted(attribute.code()));
        }
        String leaf = ProductFields.valueLeaf(attribute.code(), attribute.localizable() ? locale : null,
                attribute.scopable() ? channel : null);
        if (kind == ValueKind.PRICE) {
            if (parts.length != 2 || !CURRENCY.matcher(parts[1]).matches()) {
                throw BadRequestException.of(parameter, "a price needs its currency: attr.%s.EUR".formatted(attribute.code()));
            }
            leaf = ProductFields.priceLeaf(leaf, parts[1]);
        } else if (parts.length == 2) {
            throw BadRequestException.of(parameter, "attribute '%s' is not a price: use attr.%s".formatted(attribute.code(), attribute.code()));
        }
        return new AttributeField(attribute, kind, ProductFields.path(kind.object(), leaf));
    }

    private static ValueCondition numberCondition(String parameter, String value) {
        if (value.contains(RANGE)) {
            String[] bounds = range(parameter, value);
            Double min = bounds[0].isEmpty() ? null : number(parameter, bounds[0]);
            Double max = bounds[1].isEmpty() ? null : number(parameter, bounds[1]);
            if (min != null && max != null && min > max) {
                throw BadRequestException.of(parameter, "range '%s' is empty: its minimum is above its maximum".formatted(value));
            }
            return new ValueCondition.Between(min, max);
        }
        return new ValueCondition.Equals(number(parameter, value));
    }

    private static ValueCondition dateCondition(String parameter, String value) {
        if (value.contains(RANGE)) {
            String[] bounds = range(parameter, value);
            LocalDate min = bounds[0].isEmpty() ? null : date(parameter, bounds[0]);
            LocalDate max = bounds[1].isEmpty() ? null : date(parameter, bounds[1]);
            if (min != null && max != null && min.isAfter(max)) {
                throw BadRequestException.of(parameter, "range '%s' is empty: its start is after its end".formatted(value));
            }
            return new ValueCondition.Between(min, max);
        }
        return new ValueCondition.Equals(date(parameter, value));
    }

    /** {@code min..max}, {@code min..} or {@code ..max}. */
    private static String[] range(String parameter, String value) {
        int at = value.indexOf(RANGE);
        String min = value.substring(0, at).trim();
        String max = value.substring(at + RANGE.length()).trim();
        if (min.isEmpty() && max.isEmpty() || max.contains(RANGE)) {
            throw BadRequestException.of(parameter, "malformed range '%s': use min..max, min.. or ..max".formatted(value));
        }
        return new String[]{min, max};
    }

    private static double number(String parameter, String value) {
        try {
            return new BigDecimal(value.trim()).doubleValue();
        } catch (NumberFormatException e) {
            throw BadRequestException.of(parameter, "'%s' is not a number".formatted(value));
        }
    }

    private static LocalDate date(String parameter, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw BadRequestException.of(parameter, "'%s' is not a date (YYYY-MM-DD)".formatted(value));
        }
    }

    private static boolean bool(String parameter, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw BadRequestException.of(parameter, "'%s' is not true or false".formatted(value));
        };
    }

    /** {@code facets=family,category,color}: built-in facets, or select and boolean attribute codes. */
    private List<Facet> facets(String channel, String locale) {
        Map<String, Facet> facets = new LinkedHashMap<>();
        for (String name : all("facets").stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                .filter(s -> !s.isEmpty()).toList()) {
            facets.put(name, switch (name) {
                case "family" -> new Facet(name, ProductFields.FAMILY, false, "family");
                case "category" -> new Facet(name, ProductFields.CATEGORY_PATHS, false, "category");
                case "status" -> new Facet(name, ProductFields.STATUS, false, "status");
                case "enabled" -> new Facet(name, ProductFields.ENABLED, true, "enabled");
                default -> attributeFacet(name, channel, locale);
            });
        }
        return List.copyOf(facets.values());
    }

    private Facet attributeFacet(String name, String channel, String locale) {
        String reference = name.startsWith(ATTRIBUTE_PREFIX) ? name : ATTRIBUTE_PREFIX + name;
        if (structure.attribute(reference.substring(ATTRIBUTE_PREFIX.length())).isEmpty()) {
            throw new UnknownCodeException("facets", "unknown facet '%s': use family, category, status, enabled or a select or boolean attribute code"
                    .formatted(name));
        }
        AttributeField target = attributeField("facets", reference, channel, locale);
        if (target.kind() != ValueKind.SELECT && target.kind() != ValueKind.BOOLEAN) {
            throw BadRequestException.of("facets", "attribute '%s' (%s) cannot be a facet: only select and boolean attributes can"
                    .formatted(target.attribute().code(), target.attribute().type().code()));
        }
        return new Facet(name, target.field(), target.kind() == ValueKind.BOOLEAN, reference);
    }

    private List<SortField> sort(String name, String channel, String locale) {
        boolean descending = name.startsWith("-");
        String key = descending ? name.substring(1) : name;
        return switch (key) {
            case "relevance" -> {
                if (descending) {
                    throw BadRequestException.of("sort", "relevance sorts best first only; use sort=relevance");
                }
                yield List.of(SortField.score());
            }
            case "updated" -> List.of(new SortField(ProductFields.UPDATED, descending));
            case "created" -> List.of(new SortField(ProductFields.CREATED, descending));
            case "identifier" -> List.of(new SortField(ProductFields.IDENTIFIER, descending));
            // by family code, then identifier so a family's products keep one order from page to page
            case "family" -> List.of(new SortField(ProductFields.FAMILY, descending), new SortField(ProductFields.IDENTIFIER, descending));
            case "label" -> List.of(new SortField(ProductFields.path(ProductFields.LABEL_SORT, locale), descending),
                    new SortField(ProductFields.IDENTIFIER, descending));
            case "completeness" -> {
                if (channel == null) {
                    throw BadRequestException.of("sort", "sorting by completeness needs a channel: add channel=<code>");
                }
                yield List.of(new SortField(ProductFields.path(ProductFields.COMPLETENESS,
                        ProductFields.completenessLeaf(channel, locale)), descending));
            }
            default -> {
                if (!key.startsWith(ATTRIBUTE_PREFIX)) {
                    throw BadRequestException.of("sort", ("unknown sort '%s': use relevance, updated, created, identifier, label, family, "
                            + "completeness or attr.<code>, with '-' for descending").formatted(name));
                }
                AttributeField target = attributeField("sort", key, channel, locale);
                if (target.kind() == ValueKind.SELECT || target.kind() == ValueKind.BOOLEAN) {
                    throw BadRequestException.of("sort", "attribute '%s' (%s) cannot be sorted on"
                            .formatted(target.attribute().code(), target.attribute().type().code()));
                }
                yield List.of(new SortField(target.field(), descending));
            }
        };
    }

    private int limit() {
        String value = single("limit");
        if (value == null) {
            return Cursor.DEFAULT_LIMIT;
        }
        try {
            return Cursor.limit(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            throw BadRequestException.of("limit", "limit must be a whole number between 1 and " + Cursor.MAX_LIMIT);
        }
    }

    private static void addTermsFilter(List<Filter> filters, String key, String field, List<String> values) {
        if (!values.isEmpty()) {
            filters.add(new Filter(key, field, values.stream().<ValueCondition>map(ValueCondition.Equals::new).toList()));
        }
    }

    private String single(String name) {
        List<String> values = all(name);
        if (values.size() > 1) {
            throw BadRequestException.of(name, "'%s' can be given only once".formatted(name));
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private List<String> all(String name) {
        return parameters.getOrDefault(name, List.of()).stream()
                .filter(v -> v != null && !v.isBlank())
                .toList();
    }

    private record AttributeField(IndexedAttribute attribute, ValueKind kind, String field) {
    }

    /** How values of each attribute type are indexed, i.e. the object holding their fields. */
    enum ValueKind {
        SELECT(ProductFields.SELECT), TEXT(ProductFields.TEXT), NUMBER(ProductFields.NUMBER),
        BOOLEAN(ProductFields.BOOLEAN), DATE(ProductFields.DATE), PRICE(ProductFields.PRICE), METRIC(ProductFields.METRIC);

        private final String object;

        ValueKind(String object) {
            this.object = object;
        }

        String object() {
            return object;
        }

        static ValueKind of(AttributeType type) {
            return switch (type) {
                case SIMPLESELECT, MULTISELECT, REFERENCE_DATA_SIMPLESELECT, REFERENCE_DATA_MULTISELECT -> SELECT;
                case TEXT, IDENTIFIER -> TEXT;
                case NUMBER -> NUMBER;
                case BOOLEAN -> BOOLEAN;
                case DATE -> DATE;
                case PRICE_COLLECTION -> PRICE;
                case METRIC -> METRIC;
                default -> null;
            };
        }
    }
}
