package io.pimento.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pimento.common.FieldError;
import io.pimento.common.Texts;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads one event of a batch (or one NDJSON line) and says everything wrong with it, each error
 * under its JSON path ({@code events[3].timestamp}). Pure: whether the products and categories it
 * names exist is checked afterwards, for a whole batch at once ({@link EventService}).
 */
public final class EventParser {

    static final int MAX_ID = 200;
    static final int MAX_CODE = 255;
    static final int MAX_QUERY = 500;
    static final int MAX_LIST = 500;
    static final int MAX_CONTEXT_FIELDS = 50;
    static final int MAX_QUANTITY = 10_000;

    private static final Set<String> FIELDS = Set.of("type", "visitor", "session", "timestamp", "consent", "context",
            "product", "category", "query", "quantity", "items", "value", "currency", "responseId", "products", "like", "hide",
            "content");

    /**
     * @param now            the server's clock
     * @param futureSkew     how far ahead of {@code now} a timestamp may be (clients' clocks drift)
     * @param oldest         the earliest timestamp accepted (the retention), or null for any
     * @param consentDefault the consent of an event that does not say
     */
    public record Limits(Instant now, Duration futureSkew, Instant oldest, boolean consentDefault) {
    }

    /** The event, or null with the reasons it was refused. */
    public record Parsed(VisitorEvent event, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final Limits limits;

    public EventParser(Limits limits) {
        this.limits = limits;
    }

    public Parsed parse(JsonNode node, String path) {
        List<FieldError> errors = new ArrayList<>();
        if (node == null || !node.isObject()) {
            errors.add(new FieldError(path, "an event is a JSON object with a type, a visitor and a timestamp"));
            return new Parsed(null, errors);
        }
        Reader in = new Reader(node, path, errors);
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                errors.add(new FieldError(in.at(name), "unknown field '%s'".formatted(Texts.abbreviate(name))));
            }
        }
        String typeCode = in.text("type", 40, true);
        EventType type = typeCode == null ? null : EventType.fromCode(typeCode).orElse(null);
        if (typeCode != null && type == null) {
            errors.add(new FieldError(in.at("type"), "unknown event type '%s'; types are %s"
                    .formatted(Texts.abbreviate(typeCode), EventType.codes())));
        }
        String visitor = in.text("visitor", MAX_ID, true);
        String session = in.text("session", MAX_ID, type != null && type.needsSession());
        Instant timestamp = timestamp(in);
        boolean personalization = consent(in);
        ObjectNode context = context(in);
        String responseId = in.text("responseId", 100, type == EventType.IMPRESSION);

        String product = null;
        String category = null;
        String query = null;
        Integer quantity = null;
        List<VisitorEvent.PurchaseLine> items = List.of();
        BigDecimal value = null;
        String currency = null;
        List<String> products = List.of();
        List<String> content = List.of();
        VisitorEvent.Preference preference = null;
        if (type != null) {
            switch (type) {
                case VIEW, CLICK -> product = in.text("product", MAX_CODE, true);
                case ADD_TO_CART, REMOVE_FROM_CART -> {
                    product = in.text("product", MAX_CODE, true);
                    quantity = in.quantity("quantity", false);
                }
                case CATEGORY_VIEW -> category = in.text("category", MAX_CODE, true);
                case SEARCH -> query = in.text("query", MAX_QUERY, true);
                case IMPRESSION -> {
                    content = codes(in, "content", "content item codes");
                    products = impressed(in, !content.isEmpty());
                }
                case PURCHASE -> {
                    items = purchaseLines(in);
                    value = in.amount("value");
                    currency = in.text("currency", 10, false);
                    if (currency != null && !currency.matches("[A-Z]{3}")) {
                        errors.add(new FieldError(in.at("currency"), "a currency is an ISO 4217 code such as EUR"));
                    }
                    if (currency == null && (value != null || items.stream().anyMatch(line -> line.price() != null))) {
                        errors.add(new FieldError(in.at("currency"), "a purchase with a value or prices says their currency"));
                    }
                }
                case PREFERENCE -> preference = preference(in);
            }
            for (String name : List.of("product", "category", "query", "quantity", "items", "value", "currency", "products", "like", "hide",
                    "content")) {
                if (node.has(name) && !uses(type, name)) {
                    errors.add(new FieldError(in.at(name), "a %s event has no %s".formatted(type.code(), name)));
                }
            }
        }
        if (!errors.isEmpty()) {
            return new Parsed(null, List.copyOf(errors));
        }
        return new Parsed(new VisitorEvent(type, visitor, session, timestamp, personalization, product, category, query,
                quantity, items, value, currency, responseId, products, preference, context, content), List.of());
    }

    private static boolean uses(EventType type, String field) {
        return switch (type) {
            case VIEW, CLICK -> field.equals("product");
            case ADD_TO_CART, REMOVE_FROM_CART -> field.equals("product") || field.equals("quantity");
            case CATEGORY_VIEW -> field.equals("category");
            case SEARCH -> field.equals("query");
            case IMPRESSION -> field.equals("product") || field.equals("products") || field.equals("content");
            case PURCHASE -> field.equals("items") || field.equals("value") || field.equals("currency");
            case PREFERENCE -> field.equals("like") || field.equals("hide");
        };
    }

    private Instant timestamp(Reader in) {
        String text = in.text("timestamp", 40, true);
        if (text == null) {
            return null;
        }
        Instant timestamp;
        try {
            timestamp = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            in.error("timestamp", "'%s' is not an ISO 8601 timestamp with an offset, like 2026-11-22T10:00:00.000Z"
                    .formatted(Texts.abbreviate(text)));
            return null;
        }
        if (timestamp.isAfter(limits.now().plus(limits.futureSkew()))) {
            in.error("timestamp", "%s is in the future (the server's time is %s)".formatted(text, limits.now()));
        } else if (limits.oldest() != null && timestamp.isBefore(limits.oldest())) {
            in.error("timestamp", "%s is older than the events kept (from %s)".formatted(text, limits.oldest()));
        }
        return timestamp;
    }

    private boolean consent(Reader in) {
        JsonNode consent = in.node.get("consent");
        if (consent == null || consent.isNull()) {
            return limits.consentDefault();
        }
        if (!consent.isObject()) {
            in.error("consent", "consent is an object like {\"personalization\": true}");
            return false;
        }
        JsonNode personalization = consent.get("personalization");
        if (personalization == null || personalization.isNull()) {
            return limits.consentDefault();
        }
        if (!personalization.isBoolean()) {
            in.error("consent.personalization", "personalization consent is true or false");
            return false;
        }
        return personalization.booleanValue();
    }

    private static ObjectNode context(Reader in) {
        JsonNode context = in.node.get("context");
        if (context == null || context.isNull()) {
            return null;
        }
        if (!context.isObject()) {
            in.error("context", "context is an object of visitor fields, like {\"device\": \"mobile\"}");
            return null;
        }
        if (context.size() > MAX_CONTEXT_FIELDS) {
            in.error("context", "context has %d fields; at most %d".formatted(context.size(), MAX_CONTEXT_FIELDS));
            return null;
        }
        for (Iterator<java.util.Map.Entry<String, JsonNode>> fields = context.fields(); fields.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (!(value.isNull() || value.isBoolean() || value.isNumber() || value.isTextual() && value.textValue().length() <= MAX_QUERY)) {
                in.error("context." + Texts.abbreviate(field.getKey()), "a context field is text (at most %d characters), a number or a boolean"
                        .formatted(MAX_QUERY));
            }
        }
        return (ObjectNode) context;
    }

    /** An optional list of codes (at most {@link #MAX_LIST}, each a non-empty string of at most {@link #MAX_CODE}). */
    private static List<String> codes(Reader in, String field, String what) {
        List<String> codes = new ArrayList<>();
        JsonNode list = in.node.get(field);
        if (list == null || list.isNull()) {
            return codes;
        }
        if (!list.isArray() || list.size() > MAX_LIST) {
            in.error(field, "%s is a list of at most %d %s".formatted(field, MAX_LIST, what));
            return codes;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            if (!item.isTextual() || item.textValue().isBlank() || item.textValue().length() > MAX_CODE) {
                in.error(field + "[" + i + "]", "a code is a non-empty string of at most %d characters".formatted(MAX_CODE));
            } else {
                codes.add(item.textValue());
            }
        }
        return codes;
    }

    private static List<String> impressed(Reader in, boolean showedContent) {
        List<String> products = new ArrayList<>();
        String single = in.text("product", MAX_CODE, false);
        if (single != null) {
            products.add(single);
        }
        JsonNode list = in.node.get("products");
        if (list != null && !list.isNull()) {
            if (!list.isArray() || list.size() > MAX_LIST) {
                in.error("products", "products is a list of at most %d product identifiers".formatted(MAX_LIST));
            } else {
                for (int i = 0; i < list.size(); i++) {
                    JsonNode item = list.get(i);
                    if (!item.isTextual() || item.textValue().isBlank() || item.textValue().length() > MAX_CODE) {
                        in.error("products[" + i + "]", "a product identifier is a non-empty string");
                    } else {
                        products.add(item.textValue());
                    }
                }
            }
        }
        if (products.isEmpty() && !showedContent && in.errors.stream().noneMatch(e -> e.field().startsWith(in.at("product"))
                || e.field().startsWith(in.at("content")))) {
            in.error("products", "an impression names the products shown (\"products\": [\"BOOT-1\", ...]) or the content items "
                    + "(\"content\": [\"winter_banner\"])");
        }
        return products;
    }

    private static List<VisitorEvent.PurchaseLine> purchaseLines(Reader in) {
        JsonNode list = in.node.get("items");
        if (list == null || list.isNull()) {
            in.error("items", "a purchase lists its items: [{\"product\": \"BOOT-1\", \"quantity\": 1, \"price\": 120.00}]");
            return List.of();
        }
        if (!list.isArray() || list.isEmpty() || list.size() > MAX_LIST) {
            in.error("items", "items is a list of 1 to %d purchase lines".formatted(MAX_LIST));
            return List.of();
        }
        List<VisitorEvent.PurchaseLine> lines = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode line = list.get(i);
            if (!line.isObject()) {
                in.error("items[" + i + "]", "a purchase line is {\"product\": ..., \"quantity\": ..., \"price\": ...}");
                continue;
            }
            Reader item = in.nested(line, "items[" + i + "]");
            String product = item.text("product", MAX_CODE, true);
            Integer quantity = item.quantity("quantity", false);
            BigDecimal price = item.amount("price");
            if (product != null) {
                lines.add(new VisitorEvent.PurchaseLine(product, quantity == null ? 1 : quantity, price));
            }
        }
        return lines;
    }

    private static VisitorEvent.Preference preference(Reader in) {
        boolean like = in.node.has("like");
        boolean hide = in.node.has("hide");
        if (like == hide) {
            in.error(like ? "hide" : "like", "a preference either likes or hides one thing: {\"like\": {\"brand\": \"northpeak\"}}");
            return null;
        }
        String field = like ? "like" : "hide";
        JsonNode choice = in.node.get(field);
        if (!choice.isObject() || choice.size() != 1) {
            in.error(field, "%s names one brand, category or product: {\"%s\": {\"category\": \"jackets\"}}".formatted(field, field));
            return null;
        }
        String kindName = choice.fieldNames().next();
        VisitorEvent.Preference.Kind kind = switch (kindName) {
            case "brand" -> VisitorEvent.Preference.Kind.BRAND;
            case "category" -> VisitorEvent.Preference.Kind.CATEGORY;
            case "product" -> VisitorEvent.Preference.Kind.PRODUCT;
            default -> null;
        };
        if (kind == null) {
            in.error(field + "." + Texts.abbreviate(kindName), "a preference is about a brand, a category or a product");
            return null;
        }
        String value = in.nested(choice, field).text(kindName, MAX_CODE, true);
        return value == null ? null : new VisitorEvent.Preference(like, kind, value);
    }

    /** Reads the fields of one object, adding an error under its path for each that is wrong. */
    private static final class Reader {
        final JsonNode node;
        final String path;
        final List<FieldError> errors;

        Reader(JsonNode node, String path, List<FieldError> errors) {
            this.node = node;
            this.path = path;
            this.errors = errors;
        }

        Reader nested(JsonNode child, String relative) {
            return new Reader(child, at(relative), errors);
        }

        String at(String field) {
            return path == null || path.isEmpty() ? field : path + "." + field;
        }

        void error(String field, String message) {
            errors.add(new FieldError(at(field), message));
        }

        String text(String field, int maxLength, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    error(field, "%s is required".formatted(field));
                }
                return null;
            }
            if (!value.isTextual() || value.textValue().isBlank()) {
                error(field, "%s is a non-empty string".formatted(field));
                return null;
            }
            if (value.textValue().length() > maxLength) {
                error(field, "%s is longer than %d characters".formatted(field, maxLength));
                return null;
            }
            return value.textValue();
        }

        Integer quantity(String field, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    error(field, "%s is required".formatted(field));
                }
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1 || value.intValue() > MAX_QUANTITY) {
                error(field, "%s is a whole number from 1 to %d".formatted(field, MAX_QUANTITY));
                return null;
            }
            return value.intValue();
        }

        BigDecimal amount(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isNumber() || value.decimalValue().signum() < 0 || value.decimalValue().precision() > 18) {
                error(field, "%s is a number of at least 0 (at most 18 digits)".formatted(field));
                return null;
            }
            return value.decimalValue();
        }

    }
}
