package io.pimento.akeneo.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pimento.akeneo.AkeneoException;
import io.pimento.akeneo.HalList;
import io.pimento.akeneo.Link;
import io.pimento.akeneo.Pagination;
import io.pimento.common.BadRequestException;
import io.pimento.common.Cursor;
import io.pimento.common.Page;
import io.pimento.common.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Akeneo's list of a structure resource, over the keyset pages of Pimento's structure services:
 * structure is small (hundreds of codes), so the whole list is read and cut into Akeneo's numbered
 * pages here, or continued after the last code given ({@code search_after}). Akeneo's {@code search} on structure is served for {@code code} ({@code IN}) and,
 * where the resource has it, {@code enabled} ({@code =}); anything else is a 422 naming it.
 */
@ApplicationScoped
class StructureLists {

    /** A page of a Pimento structure list: (limit, after) to page. */
    @FunctionalInterface
    interface Lister {
        Page<?> page(Integer limit, String after);
    }

    private final ObjectMapper mapper;

    StructureLists(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    HalList<ObjectNode> list(UriInfo uri, Lister lister, String paginationType, String page, String limit, String searchAfter,
                             String withCount, String search, BiFunction<UriInfo, Object, ObjectNode> toAkeneo) {
        Pagination pagination = Pagination.of(paginationType, page, limit, searchAfter, withCount);
        java.util.function.Predicate<ObjectNode> matches = searchOf(search);
        // search_after: the cursor is the last code given, in the structure services' own cursor format
        String after = pagination.searchAfter() ? checkedCursor(pagination.after()) : null;
        List<ObjectNode> matching = new ArrayList<>();
        do {
            Page<?> chunk = lister.page(Pagination.MAX_LIMIT, after);
            chunk.items().stream().map(item -> toAkeneo.apply(uri, item)).filter(matches).forEach(matching::add);
            after = chunk.next();
        } while (after != null);
        int from = pagination.searchAfter() ? 0 : Math.min(pagination.offset(), matching.size());
        int to = Math.min(from + pagination.limit(), matching.size());
        List<ObjectNode> items = matching.subList(from, to);
        String next = items.isEmpty() ? null : Cursor.encode(items.get(items.size() - 1).path("code").asText());
        return pagination.answer(uri, items, to < matching.size(), next, () -> (long) matching.size());
    }

    private static String checkedCursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            Cursor.decode(cursor);
            return cursor;
        } catch (BadRequestException e) {
            throw AkeneoException.unprocessable("Parameter \"search_after\" is not a cursor this API gave: \"%s\"".formatted(Texts.abbreviate(cursor)));
        }
    }

    /** The payload as Akeneo shows it: {@code _links.self} first, no {@code version}, then {@code adjust} for what differs. */
    ObjectNode toAkeneo(Object payload, String self, UnaryOperator<ObjectNode> adjust) {
        ObjectNode fields = mapper.valueToTree(payload);
        fields.remove("version");
        ObjectNode node = mapper.createObjectNode();
        node.set("_links", mapper.valueToTree(Map.of("self", new Link(self))));
        node.setAll(adjust.apply(fields));
        return node;
    }

    private java.util.function.Predicate<ObjectNode> searchOf(String search) {
        if (search == null || search.isBlank()) {
            return node -> true;
        }
        JsonNode root;
        try {
            root = mapper.readTree(search);
        } catch (Exception e) {
            throw new AkeneoException(400, "Search query parameter should be valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw AkeneoException.unprocessable("Search query parameter should be a JSON object");
        }
        java.util.function.Predicate<ObjectNode> all = node -> true;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isArray()) {
                throw AkeneoException.unprocessable("Structure of filter \"%s\" should respect this structure: {\"%s\":[{\"operator\": \"my_operator\", \"value\": \"my_value\"}]}"
                        .formatted(Texts.abbreviate(field.getKey()), Texts.abbreviate(field.getKey())));
            }
            for (JsonNode criterion : field.getValue()) {
                String operator = criterion.path("operator").asText("");
                JsonNode value = criterion.get("value");
                if (field.getKey().equals("code") && operator.equals("IN") && value != null && value.isArray()) {
                    Set<String> codes = new java.util.HashSet<>();
                    value.forEach(code -> codes.add(code.asText().toLowerCase(Locale.ROOT)));
                    all = all.and(node -> codes.contains(node.path("code").asText().toLowerCase(Locale.ROOT)));
                } else if (field.getKey().equals("enabled") && operator.equals("=") && value != null && value.isBoolean()) {
                    all = all.and(node -> node.has("enabled") && node.get("enabled").asBoolean() == value.asBoolean());
                } else {
                    throw AkeneoException.unprocessable("Filter on property \"%s\" with operator \"%s\" is not supported on this resource (supported: code IN, enabled =)"
                            .formatted(Texts.abbreviate(field.getKey()), Texts.abbreviate(operator)));
                }
            }
        }
        return all;
    }
}
