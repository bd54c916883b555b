package io.pimento.feeds.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.feeds.FeedItem;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * A product of a channel's feed as GraphQL shows it: a {@link FeedItem} with its values as
 * (attribute, JSON) pairs, since a GraphQL schema has no type for "any JSON". The channel and
 * locale it was resolved for stay hidden; the batch fields ({@link ProductGraphQL}) read with them.
 */
@Name("Product")
public record FeedProduct(String identifier, String family, String label, String parent,
                          @Description("codes of the product's categories within the channel's tree") List<String> categoryCodes,
                          List<AttributeValue> values, Instant updated,
                          @Description("true for a tombstone of an incremental feed: drop this product") Boolean deleted,
                          @Ignore String channel, @Ignore String locale) {

    /** One attribute's value, resolved for the channel and locale, as JSON (a string, number, list or object). */
    @Name("AttributeValue")
    public record AttributeValue(String attribute, String json) {
    }

    static FeedProduct of(FeedItem item, String channel, String locale, ObjectMapper mapper) {
        List<AttributeValue> values = item.values() == null ? null
                : item.values().entrySet().stream().map(e -> new AttributeValue(e.getKey(), json(mapper, e.getValue()))).toList();
        return new FeedProduct(item.identifier(), item.family(), item.label(), item.parent(), item.categories(), values,
                item.updated(), item.deleted(), channel, locale);
    }

    private static String json(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
