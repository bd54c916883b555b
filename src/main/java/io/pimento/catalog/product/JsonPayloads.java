package io.pimento.catalog.product;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.common.BadRequestException;
import io.pimento.common.JsonErrors;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashSet;
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
            Set<String> fields = topLevelFields(body);
            return new Parsed<>(mapper.readValue(body, type), fields);
        } catch (JsonProcessingException e) {
            throw JsonErrors.describe(e).toException();
        }
    }

    /**
     * The names of the object's own fields, read by streaming over the body (no tree of it is
     * built); a body that is not an object is refused here.
     */
    private Set<String> topLevelFields(String body) throws JsonProcessingException {
        try (JsonParser parser = mapper.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new BadRequestException("the body must be a JSON object");
            }
            Set<String> fields = new LinkedHashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                fields.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
            return fields;
        } catch (JsonProcessingException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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

    /** A payload and the names of the top-level fields present in the JSON. */
    public record Parsed<T>(T payload, Set<String> fields) {
    }
}
