package io.pimento.catalog.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.history.FieldChange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Field-level differences between two states of a resource, named as in its JSON
 * ({@code attribute_as_label}, {@code labels.fr_FR}, {@code attribute_requirements.ecommerce}):
 * objects are compared key by key one level down, everything else as a whole.
 */
public final class Changes {

    /** Fields that identify or version a resource rather than describe it. */
    private static final Set<String> IGNORED = Set.of("code", "version");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final TypeReference<LinkedHashMap<String, Object>> AS_MAP = new TypeReference<>() {
    };

    private Changes() {
    }

    /** {@code before} is null for a creation: every field that has a value is then a change. */
    public static List<FieldChange> between(Object before, Object after) {
        Map<String, Object> old = before == null ? Map.of() : MAPPER.convertValue(before, AS_MAP);
        Map<String, Object> now = after == null ? Map.of() : MAPPER.convertValue(after, AS_MAP);
        List<FieldChange> changes = new ArrayList<>();
        for (String field : union(old.keySet(), now.keySet())) {
            if (!IGNORED.contains(field)) {
                compare(field, old.get(field), now.get(field), changes);
            }
        }
        return changes;
    }

    @SuppressWarnings("unchecked")
    private static void compare(String field, Object before, Object after, List<FieldChange> changes) {
        if ((before == null || before instanceof Map) && (after == null || after instanceof Map)
                && (before != null || after != null)) {
            Map<String, Object> old = before == null ? Map.of() : (Map<String, Object>) before;
            Map<String, Object> now = after == null ? Map.of() : (Map<String, Object>) after;
            for (String key : union(old.keySet(), now.keySet())) {
                Object a = empty(old.get(key)) ? null : old.get(key);
                Object b = empty(now.get(key)) ? null : now.get(key);
                if (!Objects.equals(a, b)) {
                    changes.add(new FieldChange(field + "." + key, a, b));
                }
            }
            return;
        }
        Object a = empty(before) ? null : before;
        Object b = empty(after) ? null : after;
        if (!Objects.equals(a, b)) {
            changes.add(new FieldChange(field, a, b));
        }
    }

    /** An empty list or object and a missing one are the same thing for history. */
    private static boolean empty(Object value) {
        return value == null
                || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> keys = new LinkedHashSet<>(a);
        keys.addAll(b);
        return keys;
    }
}
