package io.pimento.catalog.product;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.pimento.common.BadRequestException;
import io.pimento.common.FieldError;
import io.pimento.common.JsonErrorPath;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a JSON object body into a payload record and remembers which top-level fields it had,
 * which PATCH needs ("only the given fields change"). Parsing goes straight from text to the
 * record so decimals keep their scale. Unreadable input is a 400 naming the field.
 */
@ApplicationScoped
public class JsonPayloads {

    private final ObjectMapper mapper;

    JsonPayloads(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> Parsed<T> read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new BadRequestException("the request needs a JSON object as body");
        }
        try {
            JsonNode tree = mapper.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw new BadRequestException("the body must be a JSON object");
            }
            Set<String> fields = new LinkedHashSet<>();
            tree.fieldNames().forEachRemaining(fields::add);
            return new Parsed<>(mapper.readValue(body, type), fields);
        } catch (JsonProcessingException e) {
            throw unreadable(e);
        }
    }

    /** The value of a top-level text field, read leniently (to name a bulk line that failed to parse). */
    public String textField(String body, String field) {
        try {
            JsonNode value = mapper.readTree(body).get(field);
            return value != null && value.isTextual() ? value.asText() : null;
        } catch (JsonProcessingException | RuntimeException e) {
            return null;
        }
    }

    private static BadRequestException unreadable(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? JsonErrorPath.of(mapping) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            message = "unknown field '%s'".formatted(unknown.getPropertyName());
        } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            message = "expected " + typeName(mismatch.getTargetType());
        } else {
            message = "malformed JSON: " + e.getOriginalMessage();
        }
        return new BadRequestException(field.isEmpty() ? message : field + ": " + message, List.of(new FieldError(field, message)));
    }

    private static String typeName(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    /** A payload and the names of the top-level fields present in the JSON. */
    public record Parsed<T>(T payload, Set<String> fields) {
    }
}
