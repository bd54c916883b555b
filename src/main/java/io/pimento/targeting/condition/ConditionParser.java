package io.pimento.targeting.condition;

import com.fasterxml.jackson.databind.JsonNode;
import io.pimento.common.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a condition's JSON form into a {@link Condition}, or into every error it has, each naming
 * its JSON path ({@code condition.all[1].any[0].op}) and saying what would be right. The forms:
 *
 * <pre>
 * {"all": [c, ...]}   {"any": [c, ...]}   {"not": c}
 * {"field": "device", "op": "eq", "value": "mobile"}
 * {"behavior": "viewed_category", "value": "jackets", "op": "gte", "count": 2, "within": "session"}
 * </pre>
 */
public final class ConditionParser {

    /** How deep conditions may nest: deeper than any hand-written segment, shallow enough to stay readable. */
    public static final int MAX_DEPTH = 10;
    /** Values in one {@code in}/{@code not_in} list. */
    public static final int MAX_LIST_SIZE = 1000;
    /** The path of a condition at the top of a segment. */
    public static final String ROOT = "condition";

    private static final String FORMS = "{\"all\": [...]}, {\"any\": [...]}, {\"not\": {...}}, "
            + "a field test {\"field\": ..., \"op\": ..., \"value\": ...} "
            + "or a behaviour count {\"behavior\": ..., \"value\": ..., \"op\": ..., \"count\": ..., \"within\": ...}";
    private static final Set<String> COMBINATORS = Set.of("all", "any", "not");
    private static final List<String> FIELD_TEST_KEYS = List.of("field", "op", "value");
    private static final List<String> BEHAVIOR_KEYS = List.of("behavior", "value", "op", "count", "within");

    /** The condition, or why it is not one: exactly one of the two is present. */
    public record Parsed(Condition condition, List<FieldError> errors) {
        public Parsed {
            errors = List.copyOf(errors);
        }

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final List<FieldError> errors = new ArrayList<>();

    private ConditionParser() {
    }

    /** Parses a segment's condition; error paths start with {@code condition}. */
    public static Parsed parse(JsonNode node) {
        return parse(node, ROOT);
    }

    public static Parsed parse(JsonNode node, String root) {
        ConditionParser parser = new ConditionParser();
        Condition condition = parser.condition(node, root, 1);
        return parser.errors.isEmpty() ? new Parsed(condition, List.of()) : new Parsed(null, parser.errors);
    }

    private Condition condition(JsonNode node, String path, int depth) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return error(path, "a condition is required: " + FORMS);
        }
        if (!node.isObject()) {
            return error(path, "a condition is an object, not %s: %s".formatted(Values.describe(node), FORMS));
        }
        if (depth > MAX_DEPTH) {
            return error(path, "conditions nest at most %d levels deep; flatten this one (an all inside an all is one all)".formatted(MAX_DEPTH));
        }
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        Optional<String> combinator = keys.stream().filter(COMBINATORS::contains).findFirst();
        if (combinator.isPresent()) {
            if (keys.size() != 1) {
                return error(path, "a combinator has a single key ('%s'); found %s".formatted(combinator.get(), String.join(", ", keys)));
            }
            return combinator(combinator.get(), node.get(combinator.get()), path + "." + combinator.get(), depth);
        }
        if (keys.contains("field")) {
            return onlyKeys(node, path, FIELD_TEST_KEYS, "a field test") ? fieldTest(node, path) : null;
        }
        if (keys.contains("behavior")) {
            return onlyKeys(node, path, BEHAVIOR_KEYS, "a behaviour count") ? behaviorCount(node, path) : null;
        }
        return error(path, "not a condition (keys: %s); a condition is %s".formatted(keys.isEmpty() ? "none" : String.join(", ", keys), FORMS));
    }

    private Condition combinator(String kind, JsonNode body, String path, int depth) {
        if (kind.equals("not")) {
            Condition inner = condition(body, path, depth + 1);
            return inner == null ? null : new Condition.Not(inner);
        }
        if (body == null || !body.isArray() || body.isEmpty()) {
            return error(path, "'%s' needs a non-empty list of conditions, got %s".formatted(kind, body != null && body.isArray() ? "an empty list" : Values.describe(body)));
        }
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            conditions.add(condition(body.get(i), path + "[" + i + "]", depth + 1));
        }
        if (conditions.contains(null)) {
            return null;
        }
        return kind.equals("all") ? new Condition.All(conditions) : new Condition.Any(conditions);
    }

    private boolean onlyKeys(JsonNode node, String path, List<String> allowed, String form) {
        boolean fine = true;
        for (var it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                error(path + "." + key, "unknown key '%s' in %s; it takes %s".formatted(key, form, String.join(", ", allowed)));
                fine = false;
            }
        }
        return fine;
    }

    // ---- field tests --------------------------------------------------------------------------

    private Condition fieldTest(JsonNode node, String path) {
        JsonNode fieldNode = node.get("field");
        Field field = null;
        if (!fieldNode.isTextual()) {
            error(path + ".field", "the field is a name like \"device\", not %s".formatted(Values.describe(fieldNode)));
        } else {
            field = Field.named(fieldNode.textValue()).orElse(null);
            if (field == null) {
                error(path + ".field", "unknown field '%s'; fields are %s, or ctx.<name> for a custom one"
                        .formatted(fieldNode.textValue(), Field.standardNames()));
            }
        }
        Operator op = operator(node.get("op"), path + ".op", field == null ? Set.of(Operator.values()) : field.type().operators(), field);
        if (field == null || op == null) {
            return null;
        }
        List<Value> operands = operands(field, op, node.get("value"), path + ".value");
        return operands == null ? null : new Condition.FieldTest(field, op, operands);
    }

    private Operator operator(JsonNode node, String path, Set<Operator> allowed, Field field) {
        if (node == null || node.isNull()) {
            error(path, "an operator is required: one of %s".formatted(Operator.codes(allowed)));
            return null;
        }
        Operator op = node.isTextual() ? Operator.fromCode(node.textValue()).orElse(null) : null;
        if (op == null) {
            error(path, "unknown operator %s; operators are %s".formatted(
                    node.isTextual() ? "'" + node.textValue() + "'" : Values.describe(node), Operator.codes(allowed)));
            return null;
        }
        if (!allowed.contains(op)) {
            String subject = field == null ? "a behaviour count" : "%s, which holds %s".formatted(field.name(), field.type().noun());
            error(path, "'%s' does not apply to %s; use %s".formatted(op.code(), subject, Operator.codes(allowed)));
            return null;
        }
        return op;
    }

    private List<Value> operands(Field field, Operator op, JsonNode value, String path) {
        boolean absent = value == null || value.isNull();
        if (op == Operator.EXISTS) {
            if (absent) {
                return List.of(Value.of(true));
            }
            if (value.isBoolean()) {
                return List.of(Value.of(value.booleanValue()));
            }
            return failed(path, "'exists' takes no value, or true/false (whether the field should be there), not %s".formatted(Values.describe(value)));
        }
        if (absent) {
            return failed(path, "'%s' needs a value: %s".formatted(op.code(), expectation(field, op)));
        }
        if (op == Operator.BETWEEN) {
            if (!value.isArray() || value.size() != 2 || !value.get(0).isNumber() || !value.get(1).isNumber()) {
                return failed(path, "'between' needs [low, high], two numbers, not %s".formatted(Values.describe(value)));
            }
            BigDecimal low = value.get(0).decimalValue();
            BigDecimal high = value.get(1).decimalValue();
            if (low.compareTo(high) > 0) {
                return failed(path, "'between' needs [low, high] with low <= high, got [%s, %s]".formatted(low.toPlainString(), high.toPlainString()));
            }
            return List.of(Value.of(low), Value.of(high));
        }
        if (op == Operator.IN || op == Operator.NOT_IN) {
            if (!value.isArray() || value.isEmpty()) {
                return failed(path, "'%s' needs a non-empty list of values, like [\"a\", \"b\"], not %s".formatted(op.code(),
                        value.isArray() ? "an empty list" : Values.describe(value)));
            }
            if (value.size() > MAX_LIST_SIZE) {
                return failed(path, "'%s' takes at most %d values, got %d".formatted(op.code(), MAX_LIST_SIZE, value.size()));
            }
            List<Value> operands = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                operands.add(scalar(field, op, value.get(i), path + "[" + i + "]"));
            }
            return operands.contains(null) ? null : operands;
        }
        Value operand = scalar(field, op, value, path);
        return operand == null ? null : List.of(operand);
    }

    /** One operand of the type the field and operator need, or null after recording why not. */
    private Value scalar(Field field, Operator op, JsonNode node, String path) {
        boolean fits;
        if (op.compares()) {
            fits = node.isNumber();
        } else if (op.matchesText()) {
            fits = node.isTextual() && !node.textValue().isEmpty();
        } else {
            fits = switch (field.type()) {
                case TEXT -> node.isTextual();
                case NUMBER -> node.isNumber();
                case BOOLEAN -> node.isBoolean();
                case ANY -> node.isValueNode() && !node.isNull();
            };
        }
        if (!fits) {
            error(path, "'%s' on %s needs %s, not %s".formatted(op.code(), field.name(), expectation(field, op), Values.describe(node)));
            return null;
        }
        return Values.scalar(node).orElseThrow();
    }

    private static String expectation(Field field, Operator op) {
        if (op.compares()) {
            return "a number";
        }
        if (op.matchesText()) {
            return "a non-empty string";
        }
        String one = switch (field.type()) {
            case TEXT -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case ANY -> "a string, a number or a boolean";
        };
        return op.takesList() ? "a list of values, each " + one : one;
    }

    // ---- behaviour counts ---------------------------------------------------------------------

    private Condition behaviorCount(JsonNode node, String path) {
        JsonNode behaviorNode = node.get("behavior");
        Behavior behavior = behaviorNode.isTextual() ? Behavior.fromCode(behaviorNode.textValue()).orElse(null) : null;
        if (behavior == null) {
            error(path + ".behavior", "unknown behaviour %s; behaviours are %s".formatted(
                    behaviorNode.isTextual() ? "'" + behaviorNode.textValue() + "'" : Values.describe(behaviorNode), Behavior.codes()));
        }
        JsonNode valueNode = node.get("value");
        String value = null;
        if (valueNode != null && !valueNode.isNull()) {
            if (valueNode.isTextual() && !valueNode.textValue().isEmpty()) {
                value = valueNode.textValue();
            } else {
                error(path + ".value", "the value is what the behaviour was about (a category code, a product identifier, search terms) "
                        + "as a non-empty string, or absent for anything; not %s".formatted(Values.describe(valueNode)));
            }
        }
        Operator op = operator(node.get("op"), path + ".op", Operator.COUNTING, null);
        JsonNode countNode = node.get("count");
        Long count = null;
        if (countNode == null || !countNode.canConvertToExactIntegral() || !countNode.canConvertToLong() || countNode.asLong() < 0) {
            error(path + ".count", "the count is a whole number, 0 or more, not %s".formatted(Values.describe(countNode)));
        } else {
            count = countNode.asLong();
        }
        JsonNode withinNode = node.get("within");
        Within within = Within.SESSION;
        if (withinNode != null && !withinNode.isNull()) {
            within = withinNode.isTextual() ? Within.fromCode(withinNode.textValue()).orElse(null) : null;
            if (within == null) {
                error(path + ".within", "'within' is session or history, not %s".formatted(Values.describe(withinNode)));
            }
        }
        if (behavior == null || op == null || count == null || within == null || hasErrorUnder(path)) {
            return null;
        }
        return new Condition.BehaviorCount(behavior, value, op, count, within);
    }

    private boolean hasErrorUnder(String path) {
        return errors.stream().anyMatch(e -> e.field().startsWith(path + "."));
    }

    private Condition error(String path, String message) {
        errors.add(new FieldError(path, message));
        return null;
    }

    private List<Value> failed(String path, String message) {
        error(path, message);
        return null;
    }
}
