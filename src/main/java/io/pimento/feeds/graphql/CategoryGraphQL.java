package io.pimento.feeds.graphql;

import io.pimento.catalog.category.Category;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A channel's category tree, and the categories of its products as objects. */
@GraphQLApi
@RolesAllowed({Role.VIEWER_CODE, ChannelPrincipal.ROLE})
public class CategoryGraphQL {

    private final GraphQLReader reader;

    CategoryGraphQL(GraphQLReader reader) {
        this.reader = reader;
    }

    @Query
    @Description("The channel's category tree, root first, each category before its children (by sort order, then code).")
    public List<ChannelCategory> categories(@NonNull String channel, String locale) {
        FeedTarget target = reader.admit(channel, locale);
        Category root = reader.tree(target.channel());
        List<Category> tree = Category.list("path like ?1 escape '\\'", Category.subtreePattern(root.path));
        Map<String, List<Category>> children = tree.stream().filter(c -> c.parent != null)
                .collect(Collectors.groupingBy(c -> c.parent));
        List<ChannelCategory> ordered = new ArrayList<>();
        addDepthFirst(root, children, target, ordered);
        return ordered;
    }

    private static void addDepthFirst(Category category, Map<String, List<Category>> children, FeedTarget target,
                                      List<ChannelCategory> into) {
        into.add(ChannelCategory.of(category, target));
        children.getOrDefault(category.code, List.of()).stream()
                .sorted(Comparator.comparingInt((Category c) -> c.sortOrder).thenComparing(c -> c.code))
                .forEach(child -> addDepthFirst(child, children, target, into));
    }

    /** Batched: one query for the categories of a whole page of products. */
    @Description("The product's categories within the channel's tree, labelled in the requested locale.")
    @Name("categories")
    public List<List<ChannelCategory>> productCategories(@Source List<FeedProduct> products) {
        Set<String> codes = new LinkedHashSet<>();
        products.forEach(p -> codes.addAll(p.categoryCodes() == null ? List.of() : p.categoryCodes()));
        Map<String, Category> byCode = load(codes);
        Map<String, FeedTarget> targets = new HashMap<>();
        return products.stream().map(p -> {
            if (p.categoryCodes() == null) {
                return List.<ChannelCategory>of();
            }
            FeedTarget target = targets.computeIfAbsent(p.channel() + "|" + p.locale(), k -> reader.target(p.channel(), p.locale()));
            return p.categoryCodes().stream().map(byCode::get).filter(Objects::nonNull)
                    .map(c -> ChannelCategory.of(c, target)).toList();
        }).toList();
    }

    private static Map<String, Category> load(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return Category.<Category>list("code in ?1", codes).stream().collect(Collectors.toMap(c -> c.code, Function.identity()));
    }
}
