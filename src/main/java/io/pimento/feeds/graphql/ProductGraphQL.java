package io.pimento.feeds.graphql;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.catalog.product.Product;
import io.pimento.common.InstantParameter;
import io.pimento.common.Page;
import io.pimento.feeds.FeedItem;
import io.pimento.feeds.FeedService;
import io.pimento.feeds.FeedTarget;
import io.pimento.feeds.access.ChannelPrincipal;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A channel's products, resolved by the same {@link FeedService} as the REST feed, and their associations. */
@GraphQLApi
@RolesAllowed({Role.VIEWER_CODE, ChannelPrincipal.ROLE})
public class ProductGraphQL {

    private final FeedService feeds;
    private final GraphQLReader reader;
    private final ObjectMapper mapper;

    ProductGraphQL(FeedService feeds, GraphQLReader reader, ObjectMapper mapper) {
        this.feeds = feeds;
        this.reader = reader;
        this.mapper = mapper;
    }

    @Query
    @Description("A page of the channel's feed (first: 1-100, 25 by default). With updatedSince (an ISO instant or date), "
            + "only what changed since, with tombstones (deleted: true) for products that left the feed.")
    public ProductPage products(@NonNull String channel, String locale, Integer first, String after, String updatedSince) {
        FeedTarget target = reader.admit(channel, locale);
        Page<FeedItem> page = feeds.products(channel, target.locale(), first, after,
                InstantParameter.parse("updatedSince", updatedSince), reader.baseUrl());
        return new ProductPage(page.items().stream().map(item -> FeedProduct.of(item, target.channel(), target.locale(), mapper)).toList(),
                page.next());
    }

    @Query
    @Description("One product of the channel's feed, by identifier (case-insensitive); an error coded not-found when it is not in the feed.")
    public FeedProduct product(@NonNull String channel, @NonNull String identifier, String locale) {
        FeedTarget target = reader.admit(channel, locale);
        return FeedProduct.of(feeds.product(channel, identifier, target.locale(), reader.baseUrl()), target.channel(),
                target.locale(), mapper);
    }

    /**
     * Batched: for a whole page, one query for the products' associations and one feed read of
     * every associated product. Only associated products in the channel's feed are listed.
     */
    @Name("associations")
    @Description("The product's associations, with the associated products that are in the channel's feed, resolved like it.")
    public List<List<ProductAssociation>> associations(@Source List<FeedProduct> products) {
        Map<String, Product> byIdentifier = Product.<Product>list("identifier in ?1",
                        products.stream().map(FeedProduct::identifier).distinct().toList()).stream()
                .collect(Collectors.toMap(p -> key(p.identifier), Function.identity()));
        // parents of one request share a channel and locale, but aliases may ask for several
        Map<String, List<FeedProduct>> byTarget = products.stream()
                .collect(Collectors.groupingBy(p -> p.channel() + "|" + p.locale(), LinkedHashMap::new, Collectors.toList()));
        Map<String, Map<String, FeedProduct>> resolved = new LinkedHashMap<>();
        byTarget.forEach((group, parents) -> {
            Set<String> targets = new LinkedHashSet<>();
            parents.forEach(p -> associationsOf(byIdentifier.get(key(p.identifier())))
                    .forEach((type, identifiers) -> targets.addAll(identifiers)));
            FeedProduct first = parents.get(0);
            resolved.put(group, feeds.products(first.channel(), targets, first.locale(), reader.baseUrl()).stream()
                    .collect(Collectors.toMap(item -> key(item.identifier()),
                            item -> FeedProduct.of(item, first.channel(), first.locale(), mapper))));
        });
        List<List<ProductAssociation>> answer = new ArrayList<>();
        for (FeedProduct product : products) {
            Map<String, FeedProduct> inFeed = resolved.get(product.channel() + "|" + product.locale());
            List<ProductAssociation> associations = new ArrayList<>();
            associationsOf(byIdentifier.get(key(product.identifier()))).forEach((type, identifiers) -> associations.add(
                    new ProductAssociation(type, identifiers.stream().map(i -> inFeed.get(key(i))).filter(p -> p != null).toList())));
            answer.add(associations);
        }
        return answer;
    }

    private static Map<String, List<String>> associationsOf(Product product) {
        if (product == null) {
            return Map.of();
        }
        Map<String, List<String>> byType = new LinkedHashMap<>();
        product.associations.asMap().forEach((type, targets) -> byType.put(type, targets.products()));
        return byType;
    }

    private static String key(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }
}
