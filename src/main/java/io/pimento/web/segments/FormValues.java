package io.pimento.web.segments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.pimento.targeting.condition.Field;
import io.pimento.targeting.condition.Operator;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a typed-in value means as JSON, for the condition editor and the visitor context lines: a
 * number field's "5" is the number 5, a boolean's "true" is true, a custom field's value is a
 * boolean, a number or text as it reads. What does not read as the field needs stays text, so the
 * parser's message ("needs a number, not the string 'five'") says what is wrong.
 */
final class FormValues {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FormValues() {
    }

    /**
     * The value of a field test: a list for in/not_in (comma-separated), [low, high] for between
     * (two inputs, or "low,high" in the first), nothing when left empty.
     */
    static JsonNode typed(Field.Type type, Operator op, String value, String value2) {
        if (op == Operator.EXISTS) {
            return value.isEmpty() ? null : bool(value).orElse(JSON.textNode(value));
        }
        if (op == Operator.BETWEEN) {
            String[] bounds = value2.isEmpty() && value.contains(",") ? value.split(",", 2) : new String[]{value, value2};
            if (bounds[0].isBlank() && bounds[1].isBlank()) {
                return null;
            }
            ArrayNode range = JSON.arrayNode();
            Arrays.stream(bounds).map(String::strip).forEach(bound -> range.add(number(bound).orElse(JSON.textNode(bound))));
            return range;
        }
        if (value.isEmpty()) {
            return null;
        }
        if (op == Operator.IN || op == Operator.NOT_IN) {
            ArrayNode list = JSON.arrayNode();
            Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty())
                    .forEach(item -> list.add(scalar(type, item)));
            return list;
        }
        if (op != null && op.compares()) {
            return number(value).orElse(JSON.textNode(value));
        }
        if (op != null && op.matchesText()) {
            return JSON.textNode(value);
        }
        return scalar(type, value);
    }

    /** One value of the field's type, as it reads. */
    static JsonNode scalar(Field.Type type, String text) {
        return switch (type) {
            case TEXT -> JSON.textNode(text);
            case NUMBER -> number(text).orElse(JSON.textNode(text));
            case BOOLEAN -> bool(text).orElse(JSON.textNode(text));
            case ANY -> bool(text).or(() -> number(text)).orElse(JSON.textNode(text));
        };
    }

    static Optional<JsonNode> number(String text) {
        try {
            BigDecimal number = new BigDecimal(text.strip());
            if (number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0) {
                try {
                    return Optional.of(JSON.numberNode(number.longValueExact()));
                } catch (ArithmeticException e) {
                    return Optional.of(JSON.numberNode(number));
                }
            }
            return Optional.of(JSON.numberNode(number));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<JsonNode> bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(JSON.booleanNode(true));
            case "false" -> Optional.of(JSON.booleanNode(false));
            default -> Optional.empty();
        };
    }
}
