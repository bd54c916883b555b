package io.pimento.feeds.merchant;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A product as Google Merchant Center reads it: its fields by Google name, in {@link GoogleFields#COLUMNS}
 * order, only those with a value; {@code missing} the required fields it has no value for (then it
 * is left out of the feed and listed in the report).
 */
public record GoogleItem(String id, Map<String, String> fields, List<String> missing) {

    public GoogleItem {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    public String get(String field) {
        return fields.get(field);
    }
}
