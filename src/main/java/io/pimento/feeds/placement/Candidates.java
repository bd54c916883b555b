package io.pimento.feeds.placement;

import io.pimento.catalog.CatalogVersion;
import io.pimento.catalog.category.Category;
import io.pimento.catalog.product.Product;
import io.pimento.catalog.support.CodeLookup;
import io.pimento.common.BadRequestException;
import io.pimento.common.NotFoundException;
import io.pimento.common.VersionedCache;
import io.pimento.feeds.FeedItem;
import io.pimento.feeds.FeedService;
import io.pimento.feeds.FeedsConfig;
import io.pimento.search.query.ProductSearchService;
import io.pimento.targeting.rules.engine.Candidate;
import io.pimento.targeting.rules.engine.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The first stage of a placement: which products could be shown, each with why. Home and email
 * take the channel's most recently updated products (popularity replaces this once events exist),
 * a category its subtree, a search its results, a product page the product's associations and
 * then products of the same family in the same categories, a cart the associations of its items
 * and then products similar to them. Everything comes from the search index, the same query
 * language the search API and merchandising rules use, within the channel's category tree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Candidates {

    private final ProductSearchService search;
    private final FeedService feeds;
    /** Products like an anchor depend on its family and categories only: anchors that share them share the search. */
    private final VersionedCache<SimilarKey, List<String>> similar;
    /** A product page and a cart start from their products' associations: kept by product, so any cart of known products is cheap. */
    private final VersionedCache<String, Map<String, List<String>>> associations;

    private record SimilarKey(String family, List<String> categories, int max) {
    }

    Candidates(ProductSearchService search, FeedService feeds, CatalogVersion version, FeedsConfig config) {
        this.search = search;
        this.feeds = feeds;
        this.similar = new VersionedCache<>(version::current, config.cache().candidates(), List::size, config.cache().maxAge());
        this.associations = new VersionedCache<>(version::current, config.cache().items(), types -> 1, config.cache().maxAge());
    }

    /** Where the placement stands: the channel's tree and locale, and its anchor (category, query, product or cart). */
    public record Scope(String channel, String tree, String locale, String baseUrl, String category, String q,
                        String product, List<String> items) {
    }

    public List<Candidate> home(Scope scope, int max) {
        return fromSearch(Map.of("category", List.of(scope.tree()), "enabled", List.of("true")),
                max, Reason.of("recent", "recently updated in the catalog"));
    }

    public List<Candidate> category(Scope scope, int max) {
        if (blank(scope.category())) {
            throw BadRequestException.of("category", "the category placement needs category=<code>");
        }
        Category category = CodeLookup.find(Category.class, scope.category())
                .orElseThrow(() -> NotFoundException.of("category", scope.category()));
        Category tree = Category.findById(scope.tree());
        if (!category.path.startsWith(tree.path)) {
            throw BadRequestException.of("category", "category '%s' is not in the category tree '%s' of channel '%s'"
                    .formatted(category.code, tree.code, scope.channel()));
        }
        return fromSearch(Map.of("category", List.of(category.code), "enabled", List.of("true")),
                max, Reason.of("category", "in category " + label(category.labels, scope.locale(), category.code)));
    }

    public List<Candidate> search(Scope scope, int max) {
        if (blank(scope.q())) {
            throw BadRequestException.of("q", "the search placement needs q=<words>");
        }
        return fromSearch(Map.of("q", List.of(scope.q()), "locale", List.of(scope.locale()), "category", List.of(scope.tree()),
                "enabled", List.of("true")), max, Reason.of("search", "matches \"%s\"".formatted(scope.q().strip())));
    }

    public List<Candidate> product(Scope scope, int max) {
        if (blank(scope.product())) {
            throw BadRequestException.of("product", "the product placement needs product=<identifier>");
        }
        FeedItem anchor = feeds.products(scope.channel(), List.of(scope.product()), scope.locale(), scope.baseUrl()).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("product '%s' is not in the feed of channel '%s'"
                        .formatted(scope.product(), scope.channel())));
        Collected collected = new Collected(Set.of(anchor.identifier()));
        associated(List.of(anchor), "associated", "%s of %s", collected);
        similar(List.of(anchor), max, "similar", "similar to %s", collected);
        return collected.candidates(max);
    }

    public List<Candidate> cart(Scope scope, int max) {
        if (scope.items().isEmpty()) {
            throw BadRequestException.of("items", "the cart placement needs items=<identifier>,<identifier>...");
        }
        // Items no longer in the channel's feed are left out, as a shop's cart may still hold them.
        List<FeedItem> inCart = feeds.products(scope.channel(), scope.items(), scope.locale(), scope.baseUrl());
        Collected collected = new Collected(inCart.stream().map(FeedItem::identifier).collect(Collectors.toSet()));
        associated(inCart, "cross_sell", "%s of %s in the cart", collected);
        similar(inCart, max, "similar", "like %s in the cart", collected);
        return collected.candidates(max);
    }

    /** The products the anchors name in their associations, type by type, in the order they list them. */
    private void associated(List<FeedItem> anchors, String code, String text, Collected collected) {
        Map<String, Map<String, List<String>>> byAnchor = associations.getAll(
                anchors.stream().map(a -> a.identifier().toLowerCase(Locale.ROOT)).toList(), Candidates::loadAssociations);
        for (FeedItem anchor : anchors) {
            Map<String, List<String>> types = byAnchor.getOrDefault(anchor.identifier().toLowerCase(Locale.ROOT), Map.of());
            for (Map.Entry<String, List<String>> type : types.entrySet()) {
                for (String target : type.getValue()) {
                    collected.add(target, Reason.of(code, text.formatted(type.getKey(), anchor.label())));
                }
            }
        }
    }

    /** The associated products of each product (lower-cased identifier), type by type; an empty map for none. */
    private static Map<String, Map<String, List<String>>> loadAssociations(List<String> identifiers) {
        Map<String, Map<String, List<String>>> loaded = new java.util.HashMap<>();
        identifiers.forEach(identifier -> loaded.put(identifier, Map.of()));
        Product.getEntityManager().createQuery("select p.identifier, p.associations from Product p where lower(p.identifier) in :identifiers",
                        Object[].class).setParameter("identifiers", identifiers).getResultList()
                .forEach(row -> {
                    Map<String, List<String>> types = new LinkedHashMap<>();
                    ((io.pimento.catalog.product.Associations) row[1]).asMap()
                            .forEach((type, targets) -> types.put(type, List.copyOf(targets.products())));
                    loaded.put(((String) row[0]).toLowerCase(Locale.ROOT), java.util.Collections.unmodifiableMap(types));
                });
        return loaded;
    }

    /** Products of the anchors' families in their categories (within the tree), most recently updated first. */
    private void similar(List<FeedItem> anchors, int max, String code, String text, Collected collected) {
        for (FeedItem anchor : anchors) {
            if (anchor.family() == null || anchor.categories().isEmpty()) {
                continue;
            }
            SimilarKey key = new SimilarKey(anchor.family(), anchor.categories(), max);
            for (String identifier : similar.get(key, k -> List.copyOf(search.identifiers(Map.of("family", List.of(k.family()),
                    "category", k.categories(), "enabled", List.of("true")), k.max())))) {
                collected.add(identifier, Reason.of(code, text.formatted(anchor.label())));
            }
        }
    }

    private List<Candidate> fromSearch(Map<String, List<String>> filters, int max, Reason reason) {
        Collected collected = new Collected(Set.of());
        search.identifiers(filters, max).forEach(identifier -> collected.add(identifier, reason));
        return collected.candidates(max);
    }

    /** A category's label in the locale, else its code; null for an unknown category. */
    String categoryLabel(String code, String locale) {
        return CodeLookup.find(Category.class, code).map(category -> label(category.labels, locale, category.code)).orElse(null);
    }

    private static String label(Map<String, String> labels, String locale, String code) {
        String label = labels.get(locale);
        return label == null || label.isBlank() ? code : label;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Candidates in the order found, each once (its first reason), leaving out the anchors. */
    private static final class Collected {
        private final Set<String> excluded;
        private final Map<String, Reason> found = new LinkedHashMap<>();

        Collected(Collection<String> excluded) {
            this.excluded = excluded.stream().map(id -> id.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        }

        void add(String identifier, Reason reason) {
            if (!excluded.contains(identifier.toLowerCase(Locale.ROOT))) {
                found.putIfAbsent(identifier, reason);
            }
        }

        /** Scores fall with the position: the order candidate selection found them in. */
        List<Candidate> candidates(int max) {
            List<Candidate> candidates = new ArrayList<>();
            for (Map.Entry<String, Reason> entry : found.entrySet()) {
                if (candidates.size() == max) {
                    break;
                }
                candidates.add(new Candidate(entry.getKey(), 1.0 / (candidates.size() + 1), List.of(entry.getValue())));
            }
            return candidates;
        }
    }
}
