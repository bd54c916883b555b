package io.pimento.targeting.condition;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/** JSON scalars as {@link Value}s, and how a JSON value reads in an error message. */
final class Values {

    private Values() {
    }

    /** A string, number or boolean as a value; empty for anything else (null, arrays, objects). */
    static Optional<Value> scalar(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return Optional.of(Value.of(node.textValue()));
        }
        if (node.isNumber()) {
            return Optional.of(Value.of(node.decimalValue()));
        }
        if (node.isBoolean()) {
            return Optional.of(Value.of(node.booleanValue()));
        }
        return Optional.empty();
    }

    /** {@code the string "x"}, {@code the number 5}, {@code a list}, ... */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isTextual()) {
            return "the string " + node;
        }
        if (node.isNumber()) {
            return "the number " + node;
        }
        if (node.isBoolean()) {
            return "the boolean " + node;
        }
        return node.isArray() ? "a list" : "an object";
    }
}
