package io.pimento.feeds;

import io.pimento.common.IfMatch;
import io.pimento.catalog.CatalogVersion;
import io.pimento.common.DatabaseTimes;
import io.pimento.common.VersionedCache;
import io.pimento.catalog.category.Category;
import io.pimento.catalog.channel.Channel;
import io.pimento.catalog.product.schema.FamilySchema;
import io.pimento.catalog.product.Lineage;
import io.pimento.catalog.product.ModelLineages;
import io.pimento.catalog.product.Product;
import io.pimento.catalog.product.ProductValues;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.catalog.support.CodeLookup;
import io.pimento.common.BadRequestException;
import io.pimento.common.Cursor;
import io.pimento.common.NotFoundException;
import io.pimento.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A channel's product feed: its enabled products within its category tree (and, when the channel
 * asks for it, complete), each resolved for one of its locales ({@link FeedValues}). The one
 * service the REST feed, and later GraphQL and placements, read products for a channel through.
 *
 * <p>A page costs a fixed number of queries whatever its size: the page of ids (membership is
 * decided in SQL, so pages are full), the products, their models and root models (two), the
 * families' label attributes, and which of their categories are in the tree.
 *
 * <p>Channels and resolved products read by identifier (what placements, GraphQL and labels ask
 * for) are cached at the {@link CatalogVersion}: a warm placement resolves its products without a
 * query, and any committed catalog change is seen at once on this instance and within a second on
 * the others. Pages of the feed are always read from the database.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FeedService {

    /**
     * Whether the product {@code p} (with its model {@code m} and root model {@code r}) is in the
     * feed: enabled, classified in the channel's tree (through its own categories or its models'),
     * and complete for the channel in the feed's locale when the channel wants only those.
     */
    private static final String IN_FEED = """
            (p.enabled
             and exists (select 1
                         from jsonb_array_elements_text(p.categories || coalesce(m.categories, cast('[]' as jsonb))
                                                        || coalesce(r.categories, cast('[]' as jsonb))) as pc(code)
                         join category c on c.code = pc.code
                         where c.path like :tree escape '\\')
             and (not :completeOnly or p.completeness @> cast(:complete as jsonb)))""";

    private static final String WITH_MODELS = """
            from product p
            left join product_model m on m.id = p.parent_id
            left join product_model r on r.id = m.parent_id
            """;

    /** Full feed: the products in the feed, by id. */
    private static final String PAGE = "select p.id, true, cast(null as varchar), cast(null as timestamptz) " + WITH_MODELS
            + "where p.id > :after and " + IN_FEED + " order by p.id limit :limit";

    /**
     * Incremental feed: products changed since (their own or their models' last change), in the
     * feed or not (a product that left it becomes a tombstone), and products deleted since.
     * Product ids are never reused, so both halves share one keyset.
     */
    private static final String CHANGES_PAGE = "select id, in_feed, identifier, removed_at from ("
            + "select p.id, " + IN_FEED + " as in_feed, cast(null as varchar) as identifier, "
            + "greatest(p.updated_at, m.updated_at, r.updated_at) as removed_at " + WITH_MODELS
            + "where p.id > :after and greatest(p.updated_at, m.updated_at, r.updated_at) >= :since "
            + "union all "
            + "select t.product_id, false, t.identifier, t.deleted_at from feed_tombstone t "
            + "where t.product_id > :after and t.deleted_at >= :since"
            + ") changes order by id limit :limit";

    private static final String ONE = "select p.id " + WITH_MODELS
            + "where lower(p.identifier) = lower(:identifier) and " + IN_FEED;

    private static final String SOME = "select p.id " + WITH_MODELS
            + "where lower(p.identifier) in (:identifiers) and " + IN_FEED;

    /** The variants of a product model, at any depth, that are in the feed. */
    private static final String VARIANTS = "select p.id " + WITH_MODELS
            + "where (lower(m.code) = lower(:model) or lower(r.code) = lower(:model)) and " + IN_FEED + " order by p.id";

    private final EntityManager em;
    private final ModelLineages lineages;
    private final CatalogSchemas schemas;
    private final FeedsConfig config;
    private final Event<CatalogVersion.Changed> catalogChanged;
    private final VersionedCache<String, ChannelView> channels;
    /** A resolved product, or {@link #NOT_IN_FEED}, by (channel, locale, media base, identifier). */
    private final VersionedCache<ItemKey, FeedItem> items;
    /** Whether a product is in the channel's feed, by (channel, null, null, identifier). */
    private final VersionedCache<ItemKey, Boolean> membership;

    /** What the item cache holds for a product that is not in the channel's feed. */
    private static final FeedItem NOT_IN_FEED = FeedItem.tombstone("", null);

    private record ItemKey(String channel, String locale, String mediaBase, String identifier) {
    }

    FeedService(EntityManager em, ModelLineages lineages, CatalogSchemas schemas, FeedsConfig config, CatalogVersion version,
                Event<CatalogVersion.Changed> catalogChanged) {
        this.em = em;
        this.lineages = lineages;
        this.schemas = schemas;
        this.config = config;
        this.catalogChanged = catalogChanged;
        this.channels = new VersionedCache<>(version::current, 1_000, channel -> 1, config.cache().maxAge());
        this.items = new VersionedCache<>(version::current, config.cache().items(), item -> 1, config.cache().maxAge());
        this.membership = new VersionedCache<>(version::current, config.cache().items() * 10L, in -> 1, config.cache().maxAge());
    }

    /**
     * A page of the channel's feed in a locale (null: the channel's first). With {@code since},
     * only what changed from then on, tombstones included.
     */
    public Page<FeedItem> products(String channelCode, String locale, Integer limit, String after, Instant since,
                                   String requestBaseUrl) {
        Feed feed = feed(channelCode, locale, requestBaseUrl);
        int size = Cursor.limit(limit);
        Query query = em.createNativeQuery(since == null ? PAGE : CHANGES_PAGE)
                .setParameter("after", Cursor.id(after, 0))
                .setParameter("limit", size + 1);
        feed.bind(query);
        if (since != null) {
            query.setParameter("since", since);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        boolean more = rows.size() > size;
        List<Object[]> page = more ? rows.subList(0, size) : rows;
        Map<Long, Product> products = load(page.stream().filter(row -> row[2] == null).map(row -> id(row)).toList());
        Resolver resolver = new Resolver(feed, page.stream().filter(row -> Boolean.TRUE.equals(row[1]))
                .map(row -> products.get(id(row))).filter(Objects::nonNull).toList());
        List<FeedItem> items = new ArrayList<>();
        for (Object[] row : page) {
            Product product = products.get(id(row));
            if (Boolean.TRUE.equals(row[1]) && product != null) {
                items.add(resolver.item(product));
            } else if (product != null) {
                items.add(FeedItem.tombstone(product.identifier, DatabaseTimes.instant(row[3])));
            } else if (row[2] != null) {
                items.add(FeedItem.tombstone((String) row[2], DatabaseTimes.instant(row[3])));
            }
        }
        String next = more ? Cursor.encode(String.valueOf(id(page.get(page.size() - 1)))) : null;
        return Page.of(items, next);
    }

    /** One product of the channel's feed; 404 when it does not exist, is disabled or is not in the channel. */
    public FeedItem product(String channelCode, String identifier, String locale, String requestBaseUrl) {
        Feed feed = feed(channelCode, locale, requestBaseUrl);
        Query query = em.createNativeQuery(ONE).setParameter("identifier", identifier);
        feed.bind(query);
        List<?> ids = query.getResultList();
        if (ids.isEmpty()) {
            throw new NotFoundException("product '%s' is not in the feed of channel '%s'".formatted(identifier, feed.channel().code()));
        }
        Product product = Product.findById(((Number) ids.get(0)).longValue());
        return new Resolver(feed, List.of(product)).item(product);
    }

    /**
     * The products among {@code identifiers} that are in the channel's feed, resolved, in the
     * order asked (the others left out); the same few queries as a page, whatever their number.
     */
    public List<FeedItem> products(String channelCode, Collection<String> identifiers, String locale, String requestBaseUrl) {
        Feed feed = feed(channelCode, locale, requestBaseUrl);
        if (identifiers.isEmpty()) {
            return List.of();
        }
        String channel = feed.channel().code();
        List<ItemKey> keys = identifiers.stream().map(i -> new ItemKey(channel, feed.target().locale(), feed.target().mediaBaseUrl(),
                i.toLowerCase(Locale.ROOT))).distinct().toList();
        Map<ItemKey, FeedItem> found = items.getAll(keys, missing -> {
            Map<String, FeedItem> resolved = resolve(feed, missing.stream().map(ItemKey::identifier).toList());
            Map<ItemKey, FeedItem> loaded = new HashMap<>();
            missing.forEach(key -> loaded.put(key, resolved.getOrDefault(key.identifier(), NOT_IN_FEED)));
            return loaded;
        });
        return keys.stream().map(found::get).filter(item -> item != null && item != NOT_IN_FEED).toList();
    }

    /** The products among the (lower-cased) identifiers that are in the feed, resolved, by lower-cased identifier. */
    private Map<String, FeedItem> resolve(Feed feed, List<String> identifiers) {
        Query query = em.createNativeQuery(SOME).setParameter("identifiers", identifiers);
        feed.bind(query);
        Map<Long, Product> products = load(query.getResultList().stream().map(id -> ((Number) id).longValue()).toList());
        Resolver resolver = new Resolver(feed, List.copyOf(products.values()));
        Map<String, FeedItem> resolved = new HashMap<>();
        products.values().forEach(p -> resolved.put(p.identifier.toLowerCase(Locale.ROOT), resolver.item(p)));
        return resolved;
    }

    /** Which of the identifiers are in the channel's feed (lower-cased): one query, nothing resolved. */
    public Set<String> inFeed(String channelCode, Collection<String> identifiers) {
        if (identifiers.isEmpty()) {
            return Set.of();
        }
        Feed feed = feed(channelCode, null, "");
        List<ItemKey> keys = identifiers.stream().map(i -> new ItemKey(feed.channel().code(), null, null, i.toLowerCase(Locale.ROOT)))
                .distinct().toList();
        Map<ItemKey, Boolean> found = membership.getAll(keys, missing -> {
            Query query = em.createNativeQuery("select lower(p.identifier) " + SOME.substring("select p.id ".length()))
                    .setParameter("identifiers", missing.stream().map(ItemKey::identifier).toList());
            feed.bind(query);
            Set<String> in = ((List<?>) query.getResultList()).stream().map(String::valueOf).collect(Collectors.toSet());
            Map<ItemKey, Boolean> loaded = new HashMap<>();
            missing.forEach(key -> loaded.put(key, in.contains(key.identifier())));
            return loaded;
        });
        return found.entrySet().stream().filter(Map.Entry::getValue).map(e -> e.getKey().identifier()).collect(Collectors.toSet());
    }

    /** What a channel's feed is read with in a locale (null: its first); 404 for an unknown channel, 400 for a locale it does not publish. */
    public FeedTarget target(String channelCode, String locale) {
        ChannelView channel = channelView(channelCode);
        return new FeedTarget(channel.code(), locale(channel.locales(), channel.code(), locale), channel.locales(), channel.currencies(), "");
    }

    /** The code of the channel's category tree; 404 for an unknown channel. */
    public String categoryTree(String channelCode) {
        return channelView(channelCode).categoryTree();
    }

    /** The variants of a product model (at any depth) in the channel's feed, by id; empty when it has none there. */
    public List<FeedItem> variants(String channelCode, String modelCode, String locale, String requestBaseUrl) {
        Feed feed = feed(channelCode, locale, requestBaseUrl);
        Query query = em.createNativeQuery(VARIANTS).setParameter("model", modelCode);
        feed.bind(query);
        List<Long> ids = ((List<?>) query.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        Map<Long, Product> products = load(ids);
        List<Product> ordered = ids.stream().map(products::get).toList();
        Resolver resolver = new Resolver(feed, ordered);
        return ordered.stream().map(resolver::item).toList();
    }

    public FeedSettings settings(String channelCode) {
        Channel channel = channel(channelCode);
        return settingsOf(channel, ChannelFeedSettings.findById(channel.code));
    }

    /** Replaces the channel's feed settings; {@code ifMatch} or the body's version, when given, must be the current version. */
    @Transactional
    public FeedSettings changeSettings(String channelCode, FeedSettings requested, Integer ifMatch) {
        Channel channel = channel(channelCode);
        ChannelFeedSettings settings = ChannelFeedSettings.findById(channel.code);
        // the defaults stand for version 0 until the first change writes the row
        IfMatch.check("feed settings of channel", channel.code, settings == null ? 0 : settings.version, ifMatch,
                requested == null ? null : requested.version());
        boolean completeOnly = requested != null && requested.completeOnly();
        if (settings == null) {
            settings = new ChannelFeedSettings();
            settings.channel = channel.code;
            settings.completeOnly = completeOnly;
            settings.persist();
        } else {
            settings.completeOnly = completeOnly;
        }
        em.flush();
        catalogChanged.fire(CatalogVersion.Changed.of("feed settings of " + channel.code));
        return settingsOf(channel, settings);
    }

    private static FeedSettings settingsOf(Channel channel, ChannelFeedSettings settings) {
        return settings == null ? new FeedSettings(channel.code, false, 0)
                : new FeedSettings(channel.code, settings.completeOnly, settings.version);
    }

    private Feed feed(String channelCode, String requestedLocale, String requestBaseUrl) {
        ChannelView channel = channelView(channelCode);
        String locale = locale(channel.locales(), channel.code(), requestedLocale);
        String mediaBase = config.mediaBaseUrl().orElse(requestBaseUrl + "api/v1/media/");
        return new Feed(channel, new FeedTarget(channel.code(), locale, channel.locales(), channel.currencies(), mediaBase));
    }

    /** A channel as feeds read it, cached at the catalog version; 404 for an unknown channel (not cached). */
    private ChannelView channelView(String code) {
        return channels.get(code.toLowerCase(Locale.ROOT), key -> {
            Channel channel = channel(code);
            Category tree = Category.findById(channel.categoryTree);
            ChannelFeedSettings settings = ChannelFeedSettings.findById(channel.code);
            String treePattern = Category.subtreePattern(tree.path);
            Set<String> treeCategories = Set.copyOf(em.createQuery(
                            "select c.code from Category c where c.path like :tree escape '\\'", String.class)
                    .setParameter("tree", treePattern).getResultList());
            return new ChannelView(channel.code, List.copyOf(channel.locales), List.copyOf(channel.currencies), channel.categoryTree,
                    treePattern, treeCategories, settings != null && settings.completeOnly);
        });
    }

    private static Channel channel(String code) {
        return CodeLookup.find(Channel.class, code).orElseThrow(() -> NotFoundException.of("channel", code));
    }

    private static String locale(List<String> locales, String channel, String requested) {
        if (requested == null || requested.isBlank()) {
            return locales.get(0);
        }
        return locales.stream().filter(l -> l.equalsIgnoreCase(requested.strip())).findFirst()
                .orElseThrow(() -> BadRequestException.of("locale",
                        "locale '%s' is not a locale of channel '%s'; the channel has %s".formatted(requested, channel, locales)));
    }

    private static Map<Long, Product> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // Read-only: Hibernate keeps no snapshot, which for the JSON columns is a second serialisation
        // and parse per product. Native with an array: an HQL "in" list is translated again on every call.
        @SuppressWarnings("unchecked")
        List<Product> products = Product.getEntityManager().createNativeQuery("select * from product where id = any(:ids)", Product.class)
                .setParameter("ids", ids.toArray(Long[]::new)).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
        return products.stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
    }

    private static long id(Object[] row) {
        return ((Number) row[0]).longValue();
    }


    /** What feeds need of a channel: its locales, currencies and tree, and whether it wants complete products only. */
    private record ChannelView(String code, List<String> locales, List<String> currencies, String categoryTree,
                               String treePattern, Set<String> treeCategories, boolean completeOnly) {
    }

    /** The channel, locale and filters one request reads with. */
    private record Feed(ChannelView channel, FeedTarget target) {

        String treePattern() {
            return channel.treePattern();
        }

        void bind(Query query) {
            query.setParameter("tree", channel.treePattern())
                    .setParameter("completeOnly", channel.completeOnly())
                    .setParameter("complete", "[{\"channel\": \"%s\", \"locale\": \"%s\", \"ratio\": 100}]"
                            .formatted(channel.code(), target.locale()));
        }
    }

    /** Resolves the products of one page, with what they need loaded for all of them at once. */
    private final class Resolver {

        private final Feed feed;
        private final CatalogSchema schema = schemas.current();
        private final Map<Long, Lineage> parents;

        Resolver(Feed feed, List<Product> products) {
            this.feed = feed;
            this.parents = lineages.of(products.stream().map(p -> p.parentId).filter(Objects::nonNull).distinct().toList());
        }

        FeedItem item(Product product) {
            Lineage parent = product.parentId == null ? null : parents.get(product.parentId);
            ProductValues values = parent == null ? product.values : parent.values().mergedWith(product.values);
            TreeSet<String> categories = new TreeSet<>(product.categories);
            Instant updated = product.updatedAt;
            if (parent != null) {
                categories.addAll(parent.categories());
                updated = Stream.of(updated, parent.model().updatedAt, parent.root() == null ? null : parent.root().updatedAt)
                        .filter(Objects::nonNull).max(Instant::compareTo).orElse(updated);
            }
            categories.retainAll(feed.channel().treeCategories());
            FamilySchema family = product.family == null ? null : schema.family(product.family);
            return FeedItem.product(product.identifier, product.family,
                    FeedValues.label(values, family == null ? null : family.labelAttribute(), product.identifier, feed.target()),
                    parent == null ? null : parent.model().code, List.copyOf(categories),
                    FeedValues.resolve(values, schema, feed.target()), updated);
        }
    }
}
