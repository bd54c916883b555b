package io.pimento.web.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/**
 * A rule's query as typed: search filters as {@code key=value} lines ({@code category=jackets},
 * {@code attr.color=red}; a key given twice holds both values) or, when it starts with
 * <code>{</code>, the JSON the API takes. Read back the same way for the form.
 */
final class QueryLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QueryLines() {
    }

    /** The query for the service; null when nothing was typed; text it cannot read is passed on as text, for the service to refuse. */
    static JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip();
        if (typed.startsWith("{")) {
            try {
                return JSON.readTree(typed);
            } catch (JsonProcessingException e) {
                return JsonNodeFactory.instance.textNode(typed);
            }
        }
        ObjectNode query = JsonNodeFactory.instance.objectNode();
        for (String line : typed.split("\\R")) {
            int equals = line.indexOf('=');
            if (line.isBlank()) {
                continue;
            }
            if (equals <= 0) {
                return JsonNodeFactory.instance.textNode(typed);
            }
            String key = line.substring(0, equals).strip();
            String value = line.substring(equals + 1).strip();
            JsonNode existing = query.get(key);
            if (existing == null) {
                query.put(key, value);
            } else {
                ArrayNode values = existing.isArray() ? (ArrayNode) existing : JsonNodeFactory.instance.arrayNode().add(existing);
                values.add(value);
                query.set(key, values);
            }
        }
        return query;
    }

    /** A stored query as lines, one value a line. */
    static String lines(JsonNode query) {
        if (query == null || query.isNull()) {
            return "";
        }
        if (!query.isObject()) {
            return query.isTextual() ? query.textValue() : query.toString();
        }
        StringBuilder text = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = query.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isArray()) {
                field.getValue().forEach(value -> text.append(field.getKey()).append('=').append(value.asText()).append('\n'));
            } else {
                text.append(field.getKey()).append('=').append(field.getValue().asText()).append('\n');
            }
        }
        return text.toString().strip();
    }
}
