package io.pimento.feeds.merchant;

import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.catalog.product.schema.ChannelSchema;
import io.pimento.common.Page;
import io.pimento.feeds.FeedItem;
import io.pimento.feeds.FeedService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A channel's feed in Google's terms: {@link FeedService}'s resolved items, page by page, mapped by
 * {@link GoogleFields} with the channel's {@link GoogleMapping}. Each page is read in its own short
 * transaction, so a feed of any size holds one page in memory.
 */
@ApplicationScoped
public class GoogleFeedService {

    private static final int PAGE = 100;

    private final FeedService feeds;
    private final GoogleMappingService mappings;
    private final CatalogSchemas schemas;

    GoogleFeedService(FeedService feeds, GoogleMappingService mappings, CatalogSchemas schemas) {
        this.feeds = feeds;
        this.mappings = mappings;
        this.schemas = schemas;
    }

    /**
     * Opens the channel's Google feed: the mapping and the first page are read now, so an unknown
     * channel or locale fails before anything is written; the other pages as they are walked.
     */
    public Walk open(String channel, String locale, String requestBaseUrl) {
        Mapper mapper = mapper(channel);
        Page<FeedItem> first = QuarkusTransaction.requiringNew()
                .call(() -> feeds.products(channel, locale, PAGE, null, null, requestBaseUrl));
        return new Walk(mapper, first, after -> QuarkusTransaction.requiringNew()
                .call(() -> feeds.products(channel, locale, PAGE, after, null, requestBaseUrl)));
    }

    /** Walks the whole feed, keeping only the products left out (identifier and missing fields) and the counts. */
    public GoogleReport report(String channel, String locale, String requestBaseUrl) {
        Walk walk = open(channel, locale, requestBaseUrl);
        int[] products = {0};
        Map<String, Integer> missing = new TreeMap<>();
        List<GoogleReport.LeftOut> leftOut = new ArrayList<>();
        walk.forEach(item -> {
            products[0]++;
            if (!item.complete()) {
                leftOut.add(new GoogleReport.LeftOut(item.id(), item.missing()));
                item.missing().forEach(field -> missing.merge(field, 1, Integer::sum));
            }
        });
        return new GoogleReport(walk.channel(), products[0], products[0] - leftOut.size(), leftOut.size(), missing, leftOut);
    }

    /** The channel's mapping, with the guesses of each family made once. */
    public Mapper mapper(String channel) {
        GoogleMapping mapping = mappings.mapping(channel);
        CatalogSchema schema = schemas.current();
        ChannelSchema channelSchema = schema.channel(mapping.channel());
        String currency = channelSchema == null || channelSchema.currencies().isEmpty() ? null
                : channelSchema.currencies().get(0);
        return new Mapper(mapping, schema, currency);
    }

    /** Maps resolved items; the price in the channel's first currency. */
    public static final class Mapper {
        private final GoogleMapping mapping;
        private final CatalogSchema schema;
        private final String currency;
        private final Map<String, GoogleSources> byFamily = new HashMap<>();

        Mapper(GoogleMapping mapping, CatalogSchema schema, String currency) {
            this.mapping = mapping;
            this.schema = schema;
            this.currency = currency;
        }

        public GoogleItem map(FeedItem item) {
            return GoogleFields.of(item, sources(item.family()), currency);
        }

        public GoogleSources sources(String family) {
            return byFamily.computeIfAbsent(String.valueOf(family),
                    f -> GoogleSources.of(mapping, family == null ? null : schema.family(family), schema));
        }

        public String channel() {
            return mapping.channel();
        }
    }

    /** The pages of a feed, read one after the other. */
    public static final class Walk {
        private final Mapper mapper;
        private final Function<String, Page<FeedItem>> nextPage;
        private Page<FeedItem> page;

        Walk(Mapper mapper, Page<FeedItem> first, Function<String, Page<FeedItem>> nextPage) {
            this.mapper = mapper;
            this.page = first;
            this.nextPage = nextPage;
        }

        public String channel() {
            return mapper.channel();
        }

        /** Every item of the feed, mapped, complete or not. */
        public void forEach(Consumer<GoogleItem> each) {
            while (true) {
                page.items().stream().map(mapper::map).forEach(each);
                if (page.next() == null) {
                    return;
                }
                page = nextPage.apply(page.next());
            }
        }
    }
}
