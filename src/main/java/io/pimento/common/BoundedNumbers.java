package io.pimento.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ValueNode;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Refuses JSON numbers that are short to write but huge written out ({@code 1e9999999} is ten
 * million digits): the parser's length limit cannot see them, and any code that prints or stores
 * them in full would spend memory and time on the client's behalf. Applied to numbers read into
 * {@link Number}/{@link Object} fields (product values), {@link BigDecimal} fields and trees.
 */
public final class BoundedNumbers {

    private BoundedNumbers() {
    }

    /** Whether the number, written out without exponent, has more than {@link JacksonConfig#MAX_NUMBER_LENGTH} digits on either side of the point. */
    public static boolean tooLong(BigDecimal number) {
        long integerDigits = (long) number.precision() - number.scale();
        return integerDigits > JacksonConfig.MAX_NUMBER_LENGTH || number.scale() > JacksonConfig.MAX_NUMBER_LENGTH;
    }

    public static String message() {
        return "number too long (over %d digits written out)".formatted(JacksonConfig.MAX_NUMBER_LENGTH);
    }

    /** A number the client sent that {@link #tooLong} refuses; {@link JsonErrors} turns it into a short message. */
    public static final class NumberTooLongException extends JsonMappingException {
        NumberTooLongException(JsonParser parser) {
            super(parser, message());
        }
    }

    private static BigDecimal check(JsonParser parser, BigDecimal value) throws NumberTooLongException {
        if (value != null && tooLong(value)) {
            throw new NumberTooLongException(parser);
        }
        return value;
    }

    /** For {@link Number} and untyped ({@link Object}) values; the standard one otherwise. */
    static final class NumberDeserializer extends StdScalarDeserializer<Number> {

        NumberDeserializer() {
            super(Number.class);
        }

        @Override
        public Number deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_NUMBER_FLOAT) && ctxt.isEnabled(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)) {
                return check(p, p.getDecimalValue());
            }
            Object value = NumberDeserializers.NumberDeserializer.instance.deserialize(p, ctxt);
            if (value instanceof BigDecimal decimal) {
                return check(p, decimal);
            }
            if (value instanceof Number number) {
                return number;
            }
            // a string that is not a number, for instance: the standard deserializer's own answer
            return (Number) ctxt.handleUnexpectedToken(Number.class, p);
        }
    }

    static final class BigDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

        BigDecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return check(p, NumberDeserializers.BigDecimalDeserializer.instance.deserialize(p, ctxt));
        }
    }

    /** Trees ({@code readTree}, {@code JsonNode} bodies): no path is known there, so the refusal is a plain 400. */
    static final class NodeFactory extends JsonNodeFactory {

        NodeFactory() {
            super(); // as Jackson's default factory
        }

        @Override
        public ValueNode numberNode(BigDecimal value) {
            if (value != null && tooLong(value)) {
                throw new BadRequestException(message());
            }
            return super.numberNode(value);
        }
    }
}
