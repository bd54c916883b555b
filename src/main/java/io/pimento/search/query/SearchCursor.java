package io.pimento.search.query;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.pimento.common.BadRequestException;
import io.pimento.common.Cursor;

/**
 * Search cursors: the sort values OpenSearch gave the last hit of a page (its {@code search_after}
 * key) and the sort they belong to, base64url-encoded. Pages cost the same however deep they are.
 */
public final class SearchCursor {

    private SearchCursor() {
    }

    public static String encode(String sortName, JsonArray sortValues) {
        JsonObject cursor = new JsonObject();
        cursor.addProperty("s", sortName);
        cursor.add("v", sortValues);
        return Cursor.encode(cursor.toString());
    }

    /** The sort values to search after, or null without a cursor; a cursor of another sort or a tampered one is a 400. */
    public static JsonArray decode(String cursor, String sortName, int expectedValues) {
        String json = Cursor.decode(cursor);
        if (json == null) {
            return null;
        }
        try {
            JsonElement parsed = JsonParser.parseString(json);
            if (parsed.isJsonObject() && parsed.getAsJsonObject().get("v") instanceof JsonArray values
                    && parsed.getAsJsonObject().get("s") instanceof JsonPrimitive sort) {
                if (!sort.getAsString().equals(sortName)) {
                    throw BadRequestException.of("after", "this cursor belongs to sort '%s', not '%s'"
                            .formatted(sort.getAsString(), sortName));
                }
                if (values.size() == expectedValues) {
                    return values;
                }
            }
        } catch (JsonParseException | IllegalStateException e) {
            // reported below
        }
        throw BadRequestException.of("after", "invalid cursor '%s'".formatted(cursor));
    }
}
