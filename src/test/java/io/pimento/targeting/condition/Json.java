package io.pimento.targeting.condition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON written with single quotes, so the tables read like the documentation's examples. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {
    }

    static JsonNode of(String singleQuoted) {
        try {
            return MAPPER.readTree(singleQuoted.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(singleQuoted, e);
        }
    }

    static Condition condition(String singleQuoted) {
        ConditionParser.Parsed parsed = ConditionParser.parse(of(singleQuoted));
        if (!parsed.valid()) {
            throw new IllegalArgumentException(singleQuoted + ": " + parsed.errors());
        }
        return parsed.condition();
    }

    static VisitorContext context(String singleQuoted) {
        VisitorContext.Parsed parsed = VisitorContext.parse(of(singleQuoted), "context");
        if (!parsed.valid()) {
            throw new IllegalArgumentException(singleQuoted + ": " + parsed.errors());
        }
        return parsed.context();
    }
}
