package io.pimento.targeting.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pimento.catalog.product.Product;
import io.pimento.catalog.support.Violations;
import io.pimento.common.BadRequestException;
import io.pimento.common.FieldError;
import io.pimento.search.query.ProductQueryParser;
import io.pimento.search.query.ProductSearchService;
import io.pimento.targeting.content.ContentItemService;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks and normalises rule actions. A query is the search API's filters written as JSON and is
 * checked by the search API's own parser, so rules and search speak one query language; its errors
 * are named by JSON path ({@code action.query.attr.color}).
 */
@ApplicationScoped
public class RuleActions {

    public static final String PIN = "pin";
    public static final String INCLUDE = "include";
    public static final String EXCLUDE = "exclude";
    public static final String BOOST = "boost";
    public static final String BURY = "bury";
    public static final String CONTENT = "content";

    /** The fields each action type takes besides {@code type}. */
    private static final Map<String, Set<String>> FIELDS = Map.of(
            PIN, Set.of("products", "position"),
            INCLUDE, Set.of("query"),
            EXCLUDE, Set.of("query"),
            BOOST, Set.of("query", "weight"),
            BURY, Set.of("query"),
            CONTENT, Set.of("items", "position"));
    /** Search parameters that select products; the others (sort, facets, limit, after) shape a page of results. */
    private static final Set<String> SINGLE_FILTERS = Set.of("q", "locale", "channel", "enabled", "completeness");
    private static final Set<String> REPEATABLE_FILTERS = Set.of("family", "category", "status");
    private static final int MAX_LISTED = 100;

    private final ProductSearchService search;
    private final ContentItemService contentItems;

    RuleActions(ProductSearchService search, ContentItemService contentItems) {
        this.search = search;
        this.contentItems = contentItems;
    }

    /** The action checked, with product identifiers and content item codes spelt as stored; null when it is missing. */
    public RuleActionPayload validate(RuleActionPayload action, Violations violations) {
        if (action == null) {
            violations.add("action", "a rule needs an action: pin, include, exclude, boost, bury or content");
            return null;
        }
        String type = action.type() == null ? null : action.type().strip().toLowerCase(Locale.ROOT);
        if (type == null || !FIELDS.containsKey(type)) {
            violations.add("action.type", (type == null ? "an action needs a type" : "unknown action type '%s'".formatted(action.type()))
                    + ": use pin, include, exclude, boost, bury or content");
            return action;
        }
        Set<String> allowed = FIELDS.get(type);
        presentFields(action).stream().filter(field -> !allowed.contains(field)).forEach(field ->
                violations.add("action." + field, "a %s action takes no %s (it takes %s)".formatted(type, field, String.join(" and ", new TreeSet<>(allowed)))));
        return switch (type) {
            case PIN -> new RuleActionPayload(type, codes("action.products", "product", action.products(), this::existingProducts, violations),
                    null, null, null, position(action.position(), violations));
            case CONTENT -> new RuleActionPayload(type, null,
                    codes("action.items", "content item", action.items(), contentItems::existing, violations),
                    null, null, position(action.position(), violations));
            case BOOST -> new RuleActionPayload(type, null, null, query(action.query(), violations), weight(action.weight(), violations), null);
            default -> new RuleActionPayload(type, null, null, query(action.query(), violations), null, null);
        };
    }

    /** A query's filters as the search API's parameters: {@code {"attr.color": ["red"]}} is {@code attr.color=red}. */
    public static Map<String, List<String>> parameters(JsonNode query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        query.fields().forEachRemaining(field -> {
            List<String> values = new ArrayList<>();
            if (field.getValue().isArray()) {
                field.getValue().forEach(value -> values.add(value.asText()));
            } else {
                values.add(field.getValue().asText());
            }
            parameters.put(field.getKey(), values);
        });
        return parameters;
    }

    private JsonNode query(JsonNode query, Violations violations) {
        if (query == null || query.isNull()) {
            violations.add("action.query", "this action needs a query: search filters such as {\"category\": [\"jackets\"]}");
            return null;
        }
        if (!query.isObject() || query.isEmpty()) {
            violations.add("action.query", "a query is an object of at least one search filter, such as {\"category\": [\"jackets\"]}");
            return query;
        }
        ObjectNode normalised = JsonNodeFactory.instance.objectNode();
        int before = violations.errors().size();
        new TreeMap<String, JsonNode>(toMap(query)).forEach((name, value) -> {
            String at = "action.query." + name;
            if (!SINGLE_FILTERS.contains(name) && !REPEATABLE_FILTERS.contains(name) && !name.startsWith(ProductQueryParser.ATTRIBUTE_PREFIX)) {
                violations.add(at, "'%s' is not a search filter: use q, locale, channel, family, category, enabled, status, completeness or attr.<code>"
                        .formatted(name));
                return;
            }
            List<JsonNode> values = value.isArray() ? toList(value) : List.of(value);
            if (values.isEmpty() || values.stream().anyMatch(v -> !v.isValueNode() || v.isNull() || v.asText().isBlank())) {
                violations.add(at, "expects a value or a list of values (strings, numbers or booleans), none of them empty");
                return;
            }
            if (SINGLE_FILTERS.contains(name)) {
                if (values.size() > 1) {
                    violations.add(at, "'%s' takes one value".formatted(name));
                    return;
                }
                normalised.put(name, values.get(0).asText());
            } else {
                ArrayNode list = normalised.putArray(name);
                values.forEach(v -> list.add(v.asText()));
            }
        });
        if (violations.errors().size() > before) {
            return query;
        }
        try {
            search.checkFilters(parameters(normalised));
        } catch (BadRequestException e) {
            if (e.errors().isEmpty()) {
                violations.add("action.query", e.getMessage());
            }
            for (FieldError error : e.errors()) {
                violations.add("action.query." + error.field(), error.message());
            }
        }
        return normalised;
    }

    private static Integer position(Integer position, Violations violations) {
        if (position == null) {
            violations.add("action.position", "this action needs a position, 1 for the first");
        } else if (position < 1) {
            violations.add("action.position", "positions start at 1, not %d".formatted(position));
        }
        return position;
    }

    private static BigDecimal weight(BigDecimal weight, Violations violations) {
        if (weight == null) {
            violations.add("action.weight", "a boost needs a weight above 0 (2.0 doubles a product's rank score, 0.5 halves it)");
        } else if (weight.signum() <= 0) {
            violations.add("action.weight", "a boost's weight must be above 0, not %s; to push products down use bury".formatted(weight.toPlainString()));
        }
        return weight;
    }

    /** At least one code, each existing, returned as stored, duplicates dropped. */
    private static List<String> codes(String field, String noun, List<String> codes, Function<List<String>, Map<String, String>> lookup,
                                      Violations violations) {
        if (codes == null || codes.isEmpty()) {
            violations.add(field, "this action needs at least one %s".formatted(noun));
            return codes;
        }
        if (codes.size() > MAX_LISTED) {
            violations.add(field, "at most %d of them, not %d".formatted(MAX_LISTED, codes.size()));
            return codes;
        }
        Map<String, String> stored = lookup.apply(codes.stream().filter(c -> c != null && !c.isBlank()).toList());
        List<String> resolved = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String found = code == null ? null : stored.get(code.toLowerCase(Locale.ROOT));
            if (found == null) {
                violations.add(field + "[" + i + "]", code == null || code.isBlank()
                        ? "a %s is needed here".formatted(noun) : "%s '%s' does not exist".formatted(noun, code));
            } else if (!resolved.contains(found)) {
                resolved.add(found);
            }
        }
        return resolved;
    }

    /** Identifiers of existing products, keyed by lower case. */
    private Map<String, String> existingProducts(List<String> identifiers) {
        if (identifiers.isEmpty()) {
            return Map.of();
        }
        return Product.getEntityManager()
                .createQuery("select p.identifier from Product p where lower(p.identifier) in :ids", String.class)
                .setParameter("ids", identifiers.stream().map(i -> i.toLowerCase(Locale.ROOT)).toList())
                .getResultStream()
                .collect(Collectors.toMap(i -> i.toLowerCase(Locale.ROOT), i -> i, (a, b) -> a));
    }

    private static List<String> presentFields(RuleActionPayload action) {
        List<String> present = new ArrayList<>();
        if (action.products() != null) {
            present.add("products");
        }
        if (action.items() != null) {
            present.add("items");
        }
        if (action.query() != null && !action.query().isNull()) {
            present.add("query");
        }
        if (action.weight() != null) {
            present.add("weight");
        }
        if (action.position() != null) {
            present.add("position");
        }
        return present;
    }

    private static Map<String, JsonNode> toMap(JsonNode object) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
