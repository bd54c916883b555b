package io.pimento.targeting.condition;

import com.fasterxml.jackson.databind.JsonNode;
import io.pimento.common.FieldError;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a channel knows about a visitor when it asks which segments they are in. Every field may be
 * null (unknown); {@code custom} holds the {@code ctx.<name>} parameters by their full name.
 */
public record VisitorContext(String device, String country, String referrer, String utmSource, String utmCampaign,
                             Boolean isNew, Long visits, String tier, Map<String, Value> custom) {

    public static final VisitorContext EMPTY = new VisitorContext(null, null, null, null, null, null, null, null, Map.of());

    public VisitorContext {
        custom = custom == null ? Map.of() : Map.copyOf(custom);
    }

    /** The field's value in this context, or empty when the channel did not send it. */
    public Optional<Value> value(Field field) {
        return Optional.ofNullable(switch (field.name()) {
            case "device" -> text(device);
            case "country" -> text(country);
            case "referrer" -> text(referrer);
            case "utm_source" -> text(utmSource);
            case "utm_campaign" -> text(utmCampaign);
            case "new" -> isNew == null ? null : Value.of(isNew);
            case "visits" -> visits == null ? null : Value.of(visits);
            case "tier" -> text(tier);
            default -> custom.get(field.name());
        });
    }

    private static Value text(String value) {
        return value == null ? null : Value.of(value);
    }

    /** A context read from JSON, or why it could not be. */
    public record Parsed(VisitorContext context, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * Reads {@code {"device": "mobile", "visits": 3, "new": false, "ctx.store": "paris"}}: the
     * standard fields with their types ({@code visits} a whole number, {@code new} a boolean, the
     * others text) and custom {@code ctx.<name>} fields holding text, numbers or booleans. Nulls
     * are unknown values. Errors name their path under {@code root}.
     */
    public static Parsed parse(JsonNode node, String root) {
        List<FieldError> errors = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new Parsed(EMPTY, errors);
        }
        if (!node.isObject()) {
            errors.add(new FieldError(root, "the context is an object of field names and values, like {\"device\": \"mobile\"}"));
            return new Parsed(EMPTY, errors);
        }
        Map<String, Value> values = new LinkedHashMap<>();
        Map<String, Value> custom = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String path = root + "." + entry.getKey();
            Optional<Field> field = Field.named(entry.getKey());
            if (field.isEmpty()) {
                errors.add(new FieldError(path, "unknown context field '%s'; fields are %s, or ctx.<name> for a custom one"
                        .formatted(entry.getKey(), Field.standardNames())));
                continue;
            }
            JsonNode raw = entry.getValue();
            if (raw.isNull()) {
                continue;
            }
            Optional<Value> value = switch (field.get().type()) {
                case TEXT -> raw.isTextual() ? Optional.of(Value.of(raw.textValue())) : Optional.empty();
                case NUMBER -> raw.canConvertToExactIntegral() && raw.canConvertToLong() && raw.asLong() >= 0
                        ? Optional.of(Value.of(raw.asLong())) : Optional.empty();
                case BOOLEAN -> raw.isBoolean() ? Optional.of(Value.of(raw.booleanValue())) : Optional.empty();
                case ANY -> Values.scalar(raw);
            };
            if (value.isEmpty()) {
                errors.add(new FieldError(path, "%s must be %s, got %s".formatted(entry.getKey(), expected(field.get().type()), Values.describe(raw))));
            } else if (field.get().type() == Field.Type.ANY) {
                custom.put(entry.getKey(), value.get());
            } else {
                values.put(entry.getKey(), value.get());
            }
        }
        VisitorContext context = new VisitorContext(textOf(values, "device"), textOf(values, "country"),
                textOf(values, "referrer"), textOf(values, "utm_source"), textOf(values, "utm_campaign"),
                values.get("new") instanceof Value.Bool b ? b.value() : null,
                values.get("visits") instanceof Value.Number n ? n.value().longValueExact() : null,
                textOf(values, "tier"), custom);
        return new Parsed(context, errors);
    }

    private static String expected(Field.Type type) {
        return switch (type) {
            case TEXT -> "a string";
            case NUMBER -> "a whole number, 0 or more";
            case BOOLEAN -> "true or false";
            case ANY -> "a string, a number or a boolean";
        };
    }

    private static String textOf(Map<String, Value> values, String name) {
        Value value = values.get(name);
        return value == null ? null : value.text();
    }
}
