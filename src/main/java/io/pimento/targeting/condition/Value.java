package io.pimento.targeting.condition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A scalar in a condition or a visitor context: text, a number or a boolean. A number compares
 * with text that reads as a number numerically ({@code "5"} equals {@code 5}, so a custom field
 * sent as text still compares numerically); everything else compares as text, ignoring case.
 */
public sealed interface Value permits Value.Text, Value.Number, Value.Bool {

    /** The value as text: what {@code eq}, {@code contains} and {@code starts_with} compare. */
    String text();

    /** The value as a number, when it is one or is text that reads as one. */
    Optional<BigDecimal> number();

    record Text(String value) implements Value {
        @Override
        public String text() {
            return value;
        }

        @Override
        public Optional<BigDecimal> number() {
            try {
                return Optional.of(new BigDecimal(value.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    record Number(BigDecimal value) implements Value {
        @Override
        public String text() {
            return value.toPlainString();
        }

        @Override
        public Optional<BigDecimal> number() {
            return Optional.of(value);
        }
    }

    record Bool(boolean value) implements Value {
        @Override
        public String text() {
            return String.valueOf(value);
        }

        @Override
        public Optional<BigDecimal> number() {
            return Optional.empty();
        }
    }

    static Value of(String text) {
        return new Text(text);
    }

    static Value of(long number) {
        return new Number(BigDecimal.valueOf(number));
    }

    static Value of(BigDecimal number) {
        return new Number(number);
    }

    static Value of(boolean bool) {
        return new Bool(bool);
    }

    /**
     * Equal as numbers when one side is a number and the other reads as one ({@code 5.0} equals
     * {@code 5} and {@code "5"}), otherwise as text ignoring case (so the texts {@code "01"} and
     * {@code "1"} differ, as codes would).
     */
    static boolean same(Value a, Value b) {
        Optional<BigDecimal> x = a.number();
        Optional<BigDecimal> y = b.number();
        if ((a instanceof Number || b instanceof Number) && x.isPresent() && y.isPresent()) {
            return x.get().compareTo(y.get()) == 0;
        }
        return lower(a.text()).equals(lower(b.text()));
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** How operands read in explanations: {@code mobile}, {@code [instagram, tiktok]}, {@code [1, 5]}. */
    static String describe(Operator op, List<Value> operands) {
        if (op.takesList()) {
            return operands.stream().map(Value::text).collect(Collectors.joining(", ", "[", "]"));
        }
        return operands.stream().map(Value::text).collect(Collectors.joining(", "));
    }
}
