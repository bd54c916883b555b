package io.pimento.feeds.graphql;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.catalog.category.Category;
import io.pimento.catalog.support.CodeLookup;
import io.pimento.common.BadRequestException;
import io.pimento.feeds.FeedService;
import io.pimento.feeds.FeedTarget;
import io.pimento.feeds.access.ChannelPrincipal;
import io.pimento.search.query.FacetValue;
import io.pimento.search.query.ProductHit;
import io.pimento.search.query.ProductQueryParser;
import io.pimento.search.query.ProductSearchResult;
import io.pimento.search.query.ProductSearchService;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Search within a channel: the search API's filters and facets ({@link ProductSearchService},
 * docs/search.md), kept to the channel's tree and enabled products, hits resolved as feed items.
 */
@GraphQLApi
@RolesAllowed({Role.VIEWER_CODE, ChannelPrincipal.ROLE})
public class SearchGraphQL {

    private final ProductSearchService search;
    private final FeedService feeds;
    private final GraphQLReader reader;
    private final ObjectMapper mapper;

    SearchGraphQL(ProductSearchService search, FeedService feeds, GraphQLReader reader, ObjectMapper mapper) {
        this.search = search;
        this.feeds = feeds;
        this.reader = reader;
        this.mapper = mapper;
    }

    /** An attribute filter, as the search API's {@code attr.<code>=<value>} (ranges {@code min..max}). */
    @Input("AttributeFilter")
    public record AttributeFilter(@NonNull @Description("attribute code; prices as code.CURRENCY") String attribute,
                                  @NonNull @Description("a value, or a range min..max, min.. or ..max; several values match any") List<String> values) {
    }

    @Name("Facet")
    public record SearchFacet(String name, List<FacetValue> values) {
    }

    @Name("SearchResults")
    public record SearchResults(List<FeedProduct> items, String next, long total, List<SearchFacet> facets) {
    }

    @Query
    @Description("Searches the channel's products (enabled, in its category tree) with the search API's filters and facets "
            + "(docs/search.md); items are resolved like the feed's. A product left out of a complete-only feed is left out here too.")
    public SearchResults search(@NonNull String channel, String q, String locale, List<String> family, List<String> category,
                                List<String> status, Integer completeness, List<AttributeFilter> attributes, List<String> facets,
                                String sort, Integer first, String after) {
        FeedTarget target = reader.admit(channel, locale);
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        put(parameters, "q", q);
        parameters.put("channel", List.of(target.channel()));
        parameters.put("locale", List.of(target.locale()));
        parameters.put("enabled", List.of("true"));
        parameters.put("category", withinTree(target.channel(), category));
        putAll(parameters, "family", family);
        putAll(parameters, "status", status);
        put(parameters, "completeness", completeness == null ? null : completeness.toString());
        if (attributes != null) {
            attributes.forEach(filter -> parameters.put(ProductQueryParser.ATTRIBUTE_PREFIX + filter.attribute(), filter.values()));
        }
        if (facets != null && !facets.isEmpty()) {
            parameters.put("facets", List.of(String.join(",", facets)));
        }
        put(parameters, "sort", sort);
        put(parameters, "limit", first == null ? null : first.toString());
        put(parameters, "after", after);

        ProductSearchResult result = search.search(parameters);
        List<FeedProduct> items = feeds.products(target.channel(), result.items().stream().map(ProductHit::identifier).toList(),
                        target.locale(), reader.baseUrl()).stream()
                .map(item -> FeedProduct.of(item, target.channel(), target.locale(), mapper)).toList();
        return new SearchResults(items, result.next(), result.total(),
                result.facets().entrySet().stream().map(e -> new SearchFacet(e.getKey(), e.getValue())).toList());
    }

    /** The categories asked for, which must be in the channel's tree; the tree itself when none are. */
    private List<String> withinTree(String channel, List<String> categories) {
        Category root = reader.tree(channel);
        if (categories == null || categories.isEmpty()) {
            return List.of(root.code);
        }
        for (String code : categories) {
            Category category = CodeLookup.find(Category.class, code).orElse(null);
            if (category == null || !category.path.startsWith(root.path)) {
                throw BadRequestException.of("category", "category '%s' is not in the tree of channel '%s'".formatted(code, channel));
            }
        }
        return categories;
    }

    private static void put(Map<String, List<String>> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, List.of(value));
        }
    }

    private static void putAll(Map<String, List<String>> parameters, String name, List<String> values) {
        if (values != null && !values.isEmpty()) {
            parameters.put(name, values);
        }
    }
}
