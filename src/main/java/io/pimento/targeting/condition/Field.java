package io.pimento.targeting.condition;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.pimento.targeting.condition.Operator.BETWEEN;
import static io.pimento.targeting.condition.Operator.CONTAINS;
import static io.pimento.targeting.condition.Operator.EQ;
import static io.pimento.targeting.condition.Operator.EXISTS;
import static io.pimento.targeting.condition.Operator.GT;
import static io.pimento.targeting.condition.Operator.GTE;
import static io.pimento.targeting.condition.Operator.IN;
import static io.pimento.targeting.condition.Operator.LT;
import static io.pimento.targeting.condition.Operator.LTE;
import static io.pimento.targeting.condition.Operator.NEQ;
import static io.pimento.targeting.condition.Operator.NOT_IN;
import static io.pimento.targeting.condition.Operator.STARTS_WITH;

/**
 * A visitor context parameter a condition can test: one of the standard ones ({@code device},
 * {@code visits}, ...) or a custom {@code ctx.<name>}, whose type is whatever the channel sends.
 */
public record Field(String name, Type type) {

    /** Prefix of custom fields: {@code ctx.loyalty_id}. */
    public static final String CUSTOM_PREFIX = "ctx.";

    private static final Pattern CUSTOM_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    public static final Field DEVICE = new Field("device", Type.TEXT);
    public static final Field COUNTRY = new Field("country", Type.TEXT);
    public static final Field REFERRER = new Field("referrer", Type.TEXT);
    public static final Field UTM_SOURCE = new Field("utm_source", Type.TEXT);
    public static final Field UTM_CAMPAIGN = new Field("utm_campaign", Type.TEXT);
    public static final Field NEW = new Field("new", Type.BOOLEAN);
    public static final Field VISITS = new Field("visits", Type.NUMBER);
    public static final Field TIER = new Field("tier", Type.TEXT);

    /** The standard fields by name, in the order the documentation lists them. */
    public static final Map<String, Field> STANDARD = Collections.unmodifiableMap(Stream.of(
                    DEVICE, COUNTRY, REFERRER, UTM_SOURCE, UTM_CAMPAIGN, NEW, VISITS, TIER)
            .collect(Collectors.toMap(Field::name, f -> f, (a, b) -> a, LinkedHashMap::new)));

    /** What a field holds, which decides the operators it accepts. */
    public enum Type {
        TEXT(EnumSet.of(EQ, NEQ, IN, NOT_IN, CONTAINS, STARTS_WITH, EXISTS)),
        NUMBER(EnumSet.of(EQ, NEQ, IN, NOT_IN, GT, GTE, LT, LTE, BETWEEN, EXISTS)),
        BOOLEAN(EnumSet.of(EQ, NEQ, EXISTS)),
        /** A custom field: any operator; its operands say what the test expects. */
        ANY(EnumSet.allOf(Operator.class));

        private final Set<Operator> operators;

        Type(Set<Operator> operators) {
            this.operators = operators;
        }

        public Set<Operator> operators() {
            return operators;
        }

        public String noun() {
            return switch (this) {
                case TEXT -> "text";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case ANY -> "a custom field";
            };
        }
    }

    /** The field of that name, if there is one: a standard field or a well-formed {@code ctx.<name>}. */
    public static Optional<Field> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Field standard = STANDARD.get(name);
        if (standard != null) {
            return Optional.of(standard);
        }
        if (name.startsWith(CUSTOM_PREFIX) && CUSTOM_NAME.matcher(name.substring(CUSTOM_PREFIX.length())).matches()) {
            return Optional.of(new Field(name, Type.ANY));
        }
        return Optional.empty();
    }

    /** {@code device, country, ..., tier}, for messages. */
    public static String standardNames() {
        return String.join(", ", STANDARD.keySet());
    }
}
