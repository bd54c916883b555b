package io.pimento.akeneo.product;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.akeneo.AkeneoException;
import io.pimento.common.Texts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.UUID;

/**
 * Akeneo's {@code search} parameter for products ({@code {"family": [{"operator": "IN", "value":
 * ["boots"]}], "updated": [{"operator": ">", "value": "2026-01-01 00:00:00"}]}}) translated into
 * an SQL condition on {@code product p} (with {@code m1}, {@code m2} its model and the model's
 * parent): the database is the source of truth, so a delta sync by {@code updated} sees a write
 * at once, not when the search index caught up (and Pimento's search language has no {@code
 * CONTAINS}, {@code EMPTY} or {@code NOT IN}). Conditions are ANDed, as Akeneo does. A property
 * that is not one of Akeneo's is an attribute code, filtered on its values with its type's
 * operators ({@link FilterableAttribute}). Any other property or operator is a 422 naming it: a
 * filter silently ignored would hand a client everything.
 */
public final class ProductFilters {

    /** What the filters look up in the catalog: attributes by code, and whether a channel or locale exists. */
    public record Codes(Function<String, Optional<FilterableAttribute>> attributes, Predicate<String> isChannel,
                        Predicate<String> isLocale) {

        static final Codes NONE = new Codes(code -> Optional.empty(), code -> false, code -> false);
    }

    /** A condition and its named parameters. */
    public record Sql(String where, Map<String, Object> parameters) {
    }

    /**
     * What is filtered: products, or product models (the same filters where models have the
     * property; a model's family is its family variant's, joined as {@code fv}).
     */
    public enum Target {
        PRODUCTS("p.identifier", "p.family", SUPPORTED),
        PRODUCT_MODELS("p.code", "fv.family", SUPPORTED_ON_MODELS);

        final String codeColumn;
        final String familyColumn;
        final Map<String, Set<String>> supported;

        Target(String codeColumn, String familyColumn, Map<String, Set<String>> supported) {
            this.codeColumn = codeColumn;
            this.familyColumn = familyColumn;
            this.supported = supported;
        }
    }

    static final Map<String, Set<String>> SUPPORTED_ON_MODELS = Map.of(
            "identifier", Set.of("IN", "NOT IN", "=", "!="),
            "code", Set.of("IN", "NOT IN", "=", "!="),
            "family", Set.of("IN", "NOT IN"),
            "categories", Set.of("IN", "NOT IN"),
            "created", Set.of(">", "<", "=", "!=", "BETWEEN", "NOT BETWEEN", "SINCE LAST N DAYS"),
            "updated", Set.of(">", "<", "=", "!=", "BETWEEN", "NOT BETWEEN", "SINCE LAST N DAYS"),
            "parent", Set.of("=", "IN", "EMPTY", "NOT EMPTY"));

    static final Map<String, Set<String>> SUPPORTED = Map.of(
            "uuid", Set.of("IN", "NOT IN"),
            "identifier", Set.of("IN", "NOT IN", "=", "!="),
            "family", Set.of("IN", "NOT IN", "EMPTY", "NOT EMPTY"),
            "categories", Set.of("IN", "NOT IN", "IN CHILDREN", "NOT IN CHILDREN", "UNCLASSIFIED", "IN OR UNCLASSIFIED"),
            "groups", Set.of("IN", "NOT IN"),
            "enabled", Set.of("=", "!="),
            "created", Set.of(">", "<", "=", "!=", "BETWEEN", "NOT BETWEEN", "SINCE LAST N DAYS"),
            "updated", Set.of(">", "<", "=", "!=", "BETWEEN", "NOT BETWEEN", "SINCE LAST N DAYS"),
            "parent", Set.of("=", "IN"),
            "completeness", Set.of("=", "!=", "<", "<=", ">", ">=", "GREATER THAN ON ALL LOCALES",
                    "GREATER OR EQUALS THAN ON ALL LOCALES", "LOWER THAN ON ALL LOCALES", "LOWER OR EQUALS THAN ON ALL LOCALES"));

    private static final DateTimeFormatter AKENEO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** A product's values with its models': each attribute lives at one level, so merging the objects loses nothing. */
    private static final String ALL_VALUES = "(coalesce(m2.\"values\", cast('{}' as jsonb)) || coalesce(m1.\"values\", cast('{}' as jsonb)) || p.\"values\")";
    private static final String ALL_CATEGORIES = "(p.categories || coalesce(m1.categories, cast('[]' as jsonb)) || coalesce(m2.categories, cast('[]' as jsonb)))";

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();
    private final Target target;
    private final String searchScope;
    private final String searchLocale;
    private final Codes codes;

    private ProductFilters(Target target, String searchScope, String searchLocale, Codes codes) {
        this.codes = codes;
        this.target = target;
        this.searchScope = searchScope;
        this.searchLocale = searchLocale;
    }

    /**
     * The condition of a {@code search} parameter on products (null or blank: every product); a
     * property that is not one of Akeneo's is an attribute code, looked up with {@code attributes}.
     */
    public static Sql parse(ObjectMapper mapper, String search, String searchScope, String searchLocale, Codes codes) {
        return parse(Target.PRODUCTS, mapper, search, searchScope, searchLocale, codes);
    }

    /** The same, with no attribute-value filters (product models). */
    public static Sql parse(Target target, ObjectMapper mapper, String search, String searchScope, String searchLocale) {
        return parse(target, mapper, search, searchScope, searchLocale, Codes.NONE);
    }

    private static Sql parse(Target target, ObjectMapper mapper, String search, String searchScope, String searchLocale, Codes codes) {
        ProductFilters filters = new ProductFilters(target, searchScope, searchLocale, codes);
        Map<String, Set<String>> supportedProperties = target.supported;
        if (search == null || search.isBlank()) {
            return new Sql("true", Map.of());
        }
        JsonNode root;
        try {
            root = mapper.readTree(search);
        } catch (Exception e) {
            throw new AkeneoException(400, "Search query parameter should be valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw AkeneoException.unprocessable("Search query parameter should be a JSON object: {\"property\": [{\"operator\": ..., \"value\": ...}]}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            Set<String> properties = supportedProperties.get(field.getKey());
            FilterableAttribute attribute = properties != null ? null : codes.attributes().apply(field.getKey())
                    .orElseThrow(() -> AkeneoException.unprocessable(
                            "Filter on property \"%s\" is not supported by Pimento's Akeneo API: it is neither an attribute nor one of %s"
                                    .formatted(Texts.abbreviate(field.getKey()), new java.util.TreeSet<>(supportedProperties.keySet()))));
            Set<String> operators = attribute == null ? properties : attribute.operators();
            if (!field.getValue().isArray()) {
                throw AkeneoException.unprocessable("Structure of filter \"%s\" should respect this structure: {\"%s\":[{\"operator\": \"my_operator\", \"value\": \"my_value\"}]}"
                        .formatted(field.getKey(), field.getKey()));
            }
            for (JsonNode criterion : field.getValue()) {
                String operator = criterion.path("operator").asText(null);
                if (!criterion.isObject() || operator == null) {
                    throw AkeneoException.unprocessable("Operator is missing for the property \"%s\"".formatted(field.getKey()));
                }
                if (!operators.contains(operator)) {
                    throw AkeneoException.unprocessable("Filter on property \"%s\" does not support operator \"%s\" (supported: %s)"
                            .formatted(field.getKey(), Texts.abbreviate(operator), new java.util.TreeSet<>(operators)));
                }
                if (attribute == null) {
                    filters.add(field.getKey(), operator, criterion);
                } else {
                    filters.value(attribute, operator, criterion);
                }
            }
        }
        return new Sql(filters.conditions.isEmpty() ? "true" : String.join(" and ", filters.conditions), filters.parameters);
    }

    private void add(String property, String operator, JsonNode criterion) {
        JsonNode value = criterion.get("value");
        switch (property) {
            case "identifier", "code" -> codes("lower(" + target.codeColumn + ")", property, operator, value);
            case "uuid" -> {
                List<UUID> uuids = textList(property, value).stream().map(ProductFilters::uuid).toList();
                conditions.add("p.uuid " + (operator.equals("IN") ? "in" : "not in") + " (" + param(uuids) + ")");
            }
            case "family" -> family(operator, value);
            case "categories" -> categories(operator, value);
            case "groups" -> inJsonList("p.groups", property, operator, value);
            case "enabled" -> {
                if (value == null || !value.isBoolean()) {
                    throw invalidValue(property, "a boolean");
                }
                conditions.add("p.enabled " + operator.replace("!=", "<>") + " " + param(value.booleanValue()));
            }
            case "created" -> date("p.created_at", property, operator, value);
            case "updated" -> date("p.updated_at", property, operator, value);
            case "parent" -> {
                if (operator.equals("EMPTY") || operator.equals("NOT EMPTY")) {
                    conditions.add(operator.equals("EMPTY") ? "p.parent_id is null" : "p.parent_id is not null");
                    return;
                }
                List<String> parents = operator.equals("=") ? List.of(text(property, value)) : textList(property, value);
                String codes = param(lower(parents));
                // Akeneo's parent filter finds the variants below a model at either level
                conditions.add("(lower(m1.code) in (%s) or lower(m2.code) in (%s))".formatted(codes, codes));
            }
            case "completeness" -> completeness(operator, criterion, value);
            default -> throw new IllegalStateException(property);
        }
    }

    private void codes(String column, String property, String operator, JsonNode value) {
        switch (operator) {
            case "=" -> conditions.add(column + " = " + param(text(property, value).toLowerCase(Locale.ROOT)));
            case "!=" -> conditions.add(column + " <> " + param(text(property, value).toLowerCase(Locale.ROOT)));
            case "IN" -> conditions.add(column + " in (" + param(lower(textList(property, value))) + ")");
            case "NOT IN" -> conditions.add(column + " not in (" + param(lower(textList(property, value))) + ")");
            default -> throw new IllegalStateException(operator);
        }
    }

    private void family(String operator, JsonNode value) {
        switch (operator) {
            case "EMPTY" -> conditions.add(target.familyColumn + " is null");
            case "NOT EMPTY" -> conditions.add(target.familyColumn + " is not null");
            case "IN" -> conditions.add("lower(" + target.familyColumn + ") in (" + param(lower(textList("family", value))) + ")");
            // products without a family are not in any of them
            case "NOT IN" -> conditions.add("(" + target.familyColumn + " is null or lower(" + target.familyColumn + ") not in ("
                    + param(lower(textList("family", value))) + "))");
            default -> throw new IllegalStateException(operator);
        }
    }

    /**
     * Akeneo's category operators; {@code IN CHILDREN} takes the given categories and every
     * category below them (Pimento's category paths), {@code UNCLASSIFIED} products without any
     * category, their models' included.
     */
    private void categories(String operator, JsonNode value) {
        String unclassified = "jsonb_array_length(" + ALL_CATEGORIES + ") = 0";
        switch (operator) {
            case "IN", "NOT IN" -> inJsonList(ALL_CATEGORIES, "categories", operator, value);
            case "UNCLASSIFIED" -> conditions.add(unclassified);
            case "IN OR UNCLASSIFIED" -> {
                inJsonList(ALL_CATEGORIES, "categories", "IN", value);
                conditions.add("(" + unclassified + " or " + conditions.remove(conditions.size() - 1) + ")");
            }
            case "IN CHILDREN", "NOT IN CHILDREN" -> {
                String below = ("exists (select 1 from jsonb_array_elements_text(%s) listed(code) join category c on lower(c.code) = lower(listed.code)"
                        + " join category root on starts_with(c.path, root.path) where lower(root.code) in (%s))")
                        .formatted(ALL_CATEGORIES, param(lower(textList("categories", value))));
                conditions.add(operator.equals("IN CHILDREN") ? below : "not " + below);
            }
            default -> throw new IllegalStateException(operator);
        }
    }

    private void inJsonList(String list, String property, String operator, JsonNode value) {
        String exists = "exists (select 1 from jsonb_array_elements_text(%s) listed(code) where lower(listed.code) in (%s))"
                .formatted(list, param(lower(textList(property, value))));
        conditions.add(operator.equals("IN") ? exists : "not " + exists);
    }

    private void date(String column, String property, String operator, JsonNode value) {
        switch (operator) {
            case ">" -> conditions.add(column + " > " + param(instant(property, value)));
            case "<" -> conditions.add(column + " < " + param(instant(property, value)));
            // to the second, as Akeneo shows dates
            case "=" -> conditions.add("date_trunc('second', " + column + ") = " + param(instant(property, value)));
            case "!=" -> conditions.add("date_trunc('second', " + column + ") <> " + param(instant(property, value)));
            case "BETWEEN", "NOT BETWEEN" -> {
                if (value == null || !value.isArray() || value.size() != 2) {
                    throw invalidValue(property, "an array of two dates");
                }
                String between = "%s between %s and %s".formatted(column, param(instant(property, value.get(0))), param(instant(property, value.get(1))));
                conditions.add(operator.equals("BETWEEN") ? between : "not (" + between + ")");
            }
            case "SINCE LAST N DAYS" -> {
                if (value == null || !value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 0) {
                    throw invalidValue(property, "a number of days");
                }
                conditions.add(column + " >= " + param(OffsetDateTime.now(ZoneOffset.UTC).minusDays(value.intValue())));
            }
            default -> throw new IllegalStateException(operator);
        }
    }

    /**
     * Completeness on a channel ({@code scope}, or {@code search_scope}): by default true when at
     * least one of the channel's locales (or of {@code locales}) passes, as Akeneo does; the
     * {@code ... ON ALL LOCALES} operators need every one of the given locales to pass.
     */
    private void completeness(String operator, JsonNode criterion, JsonNode value) {
        String scope = criterion.hasNonNull("scope") ? criterion.get("scope").asText() : searchScope;
        if (scope == null) {
            throw AkeneoException.unprocessable("Property \"completeness\" expects a scope (a channel code)");
        }
        if (value == null || !value.isIntegralNumber() || value.intValue() < 0 || value.intValue() > 100) {
            throw invalidValue("completeness", "a whole number from 0 to 100");
        }
        List<String> locales = criterion.has("locales") ? textList("completeness", criterion.get("locales"))
                : criterion.hasNonNull("locale") ? List.of(criterion.get("locale").asText())
                : searchLocale == null ? null : List.of(searchLocale);
        boolean onAll = operator.endsWith("ON ALL LOCALES");
        if (onAll && locales == null) {
            throw AkeneoException.unprocessable("Property \"completeness\" with operator \"%s\" expects locales".formatted(operator));
        }
        String comparison = switch (operator) {
            case "GREATER THAN ON ALL LOCALES" -> ">";
            case "GREATER OR EQUALS THAN ON ALL LOCALES" -> ">=";
            case "LOWER THAN ON ALL LOCALES" -> "<";
            case "LOWER OR EQUALS THAN ON ALL LOCALES" -> "<=";
            case "!=" -> "<>";
            default -> operator;
        };
        String entry = "jsonb_array_elements(p.completeness) entry where entry->>'channel' = " + param(scope)
                + (locales == null ? "" : " and entry->>'locale' in (" + param(locales) + ")");
        String passes = "cast(entry->>'ratio' as integer) " + comparison + " " + param(value.intValue());
        if (onAll) {
            conditions.add("exists (select 1 from " + entry + ") and not exists (select 1 from " + entry + " and not (" + passes + "))");
        } else {
            conditions.add("exists (select 1 from " + entry + " and " + passes + ")");
        }
    }

    /**
     * A filter on an attribute's values ({@code {"name": [{"operator": "CONTAINS", "value": "boot",
     * "locale": "en_US"}]}}), on the product's own values merged with its models' (each attribute
     * lives at one level). As Akeneo does, {@code !=}, {@code DOES NOT CONTAIN} and {@code NOT IN}
     * select products that have a value, a different one; text compares ignoring case.
     */
    private void value(FilterableAttribute attribute, String operator, JsonNode criterion) {
        String code = attribute.code();
        String locale = slot(attribute.localizable(), criterion, "locale", searchLocale, code);
        String scope = slot(attribute.scopable(), criterion, "scope", searchScope, code);
        // an unknown locale or channel would match nothing: say so instead
        if (locale != null && !codes.isLocale().test(locale)) {
            throw AkeneoException.unprocessable("Locale \"%s\" of filter \"%s\" does not exist or is not activated."
                    .formatted(Texts.abbreviate(locale), code));
        }
        if (scope != null && !codes.isChannel().test(scope)) {
            throw AkeneoException.unprocessable("Scope \"%s\" of filter \"%s\" does not exist.".formatted(Texts.abbreviate(scope), code));
        }
        String slot = "jsonb_array_elements(coalesce(" + ALL_VALUES + " -> " + param(code) + ", cast('[]' as jsonb))) v where "
                + (locale == null ? "v->>'locale' is null" : "v->>'locale' = " + param(locale)) + " and "
                + (scope == null ? "v->>'scope' is null" : "v->>'scope' = " + param(scope));
        if (operator.equals("EMPTY") || operator.equals("NOT EMPTY")) {
            // Pimento drops empty values on write: a value present is a value filled
            conditions.add((operator.equals("EMPTY") ? "not " : "") + "exists (select 1 from " + slot + ")");
            return;
        }
        JsonNode value = criterion.get("value");
        String test = switch (attribute.type()) {
            case IDENTIFIER, TEXT, TEXTAREA -> {
                String text = param(text(code, value).toLowerCase(Locale.ROOT));
                yield switch (operator) {
                    case "STARTS WITH" -> "starts_with(lower(v->>'data'), " + text + ")";
                    case "CONTAINS" -> "strpos(lower(v->>'data'), " + text + ") > 0";
                    case "DOES NOT CONTAIN" -> "strpos(lower(v->>'data'), " + text + ") = 0";
                    case "=" -> "lower(v->>'data') = " + text;
                    case "!=" -> "lower(v->>'data') <> " + text;
                    default -> throw new IllegalStateException(operator);
                };
            }
            case NUMBER -> "cast(v->>'data' as numeric) " + sqlComparison(operator) + " " + param(number(code, value));
            case PRICE_COLLECTION -> {
                if (value == null || !value.isObject() || !value.path("currency").isTextual()) {
                    throw invalidValue(code, "{\"amount\": a number, \"currency\": a currency code}");
                }
                yield "exists (select 1 from jsonb_array_elements(v->'data') price where price->>'currency' = " + param(value.get("currency").asText())
                        + " and cast(price->>'amount' as numeric) " + sqlComparison(operator) + " " + param(number(code, value.get("amount"))) + ")";
            }
            case SIMPLESELECT, MULTISELECT, REFERENCE_DATA_SIMPLESELECT, REFERENCE_DATA_MULTISELECT -> {
                String any = "exists (select 1 from jsonb_array_elements_text(case jsonb_typeof(v->'data') when 'array' then v->'data'"
                        + " else jsonb_build_array(v->'data') end) chosen(code) where lower(chosen.code) in (" + param(lower(textList(code, value))) + "))";
                yield operator.equals("IN") ? any : "not " + any;
            }
            case BOOLEAN -> {
                if (value == null || !value.isBoolean()) {
                    throw invalidValue(code, "a boolean");
                }
                yield "cast(v->>'data' as boolean) " + sqlComparison(operator) + " " + param(value.booleanValue());
            }
            case DATE -> {
                if (operator.endsWith("BETWEEN")) {
                    if (value == null || !value.isArray() || value.size() != 2) {
                        throw invalidValue(code, "an array of two dates");
                    }
                    String between = "v->>'data' between " + param(day(code, value.get(0))) + " and " + param(day(code, value.get(1)));
                    yield operator.equals("BETWEEN") ? between : "not (" + between + ")";
                }
                // stored as yyyy-mm-dd, which sorts as the dates do
                yield "v->>'data' " + sqlComparison(operator) + " " + param(day(code, value));
            }
            case METRIC, IMAGE, FILE -> throw new IllegalStateException(operator);
        };
        conditions.add("exists (select 1 from " + slot + " and " + test + ")");
    }

    /** The locale (or scope) of a value filter: needed when the attribute has one, refused when it has none, as Akeneo does. */
    private static String slot(boolean has, JsonNode criterion, String name, String fallback, String attribute) {
        String given = criterion.hasNonNull(name) ? criterion.get(name).asText() : has ? fallback : null;
        if (has && given == null) {
            throw AkeneoException.unprocessable("Attribute \"%s\" expects a %s: add \"%s\" to the filter (or search_%s)"
                    .formatted(attribute, name, name, name));
        }
        if (!has && given != null) {
            throw AkeneoException.unprocessable("Attribute \"%s\" does not expect a %s".formatted(attribute, name));
        }
        return given;
    }

    private static String sqlComparison(String operator) {
        return operator.equals("!=") ? "<>" : operator;
    }

    private static java.math.BigDecimal number(String property, JsonNode value) {
        if (value != null && value.isNumber()) {
            return value.decimalValue();
        }
        if (value != null && value.isTextual()) {
            try {
                return new java.math.BigDecimal(value.asText().strip());
            } catch (NumberFormatException notANumber) {
                // the refusal below
            }
        }
        throw invalidValue(property, "a number");
    }

    private static String day(String property, JsonNode value) {
        try {
            return LocalDate.parse(text(property, value).strip()).toString();
        } catch (DateTimeParseException e) {
            throw invalidValue(property, "a date as yyyy-mm-dd");
        }
    }

    private String param(Object value) {
        String name = "f" + parameters.size();
        parameters.put(name, value);
        return ":" + name;
    }

    private static OffsetDateTime instant(String property, JsonNode value) {
        if (value == null || !value.isTextual()) {
            throw invalidValue(property, "a date as yyyy-mm-dd hh:mm:ss");
        }
        String text = value.asText().strip();
        try {
            return LocalDateTime.parse(text, AKENEO_DATE).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notAkeneos) {
            try {
                return OffsetDateTime.parse(text);
            } catch (DateTimeParseException notIso) {
                try {
                    return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException notADate) {
                    throw invalidValue(property, "a date as yyyy-mm-dd hh:mm:ss, not \"%s\"".formatted(Texts.abbreviate(text)));
                }
            }
        }
    }

    private static String text(String property, JsonNode value) {
        if (value == null || !value.isTextual()) {
            throw invalidValue(property, "a string");
        }
        return value.asText();
    }

    private static List<String> textList(String property, JsonNode value) {
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw invalidValue(property, "a non-empty array of strings");
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw invalidValue(property, "a non-empty array of strings");
            }
            texts.add(item.asText());
        }
        return texts;
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw invalidValue("uuid", "an array of uuids, not \"%s\"".formatted(Texts.abbreviate(text)));
        }
    }

    private static List<String> lower(List<String> codes) {
        return codes.stream().map(code -> code.toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private static AkeneoException invalidValue(String property, String expected) {
        return AkeneoException.unprocessable("Property \"%s\" expects %s as value".formatted(property, expected));
    }
}
