package io.pimento.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Settings of the search feature ({@code pimento.search.*}). */
@ConfigMapping(prefix = "pimento.search")
public interface SearchConfig {

    Indexer indexer();

    /** Rebuild the whole index from PostgreSQL when the application starts (the "reindex command"). */
    @WithDefault("false")
    boolean reindexOnStart();

    interface Indexer {

        /** Off only for maintenance: the outbox then keeps growing. */
        @WithDefault("true")
        boolean enabled();

        /** How often the outbox is polled (within the scheduler's one-second ticks). */
        @WithDefault("250ms")
        Duration interval();

        /**
         * Batches indexed at the same time, each from its own share of the products: one builds
         * documents while another waits for OpenSearch.
         */
        @WithDefault("2")
        int workers();

        /**
         * Longest an import job holds back the indexing of what it wrote (it releases it when it
         * ends): a crashed job's products are indexed after this at the latest.
         */
        @WithDefault("10m")
        Duration bulkHoldMax();

        /** Outbox rows claimed per transaction. */
        @WithDefault("500")
        int batchSize();

        /**
         * Share of each batch kept for bulk work (imports, reindex) while interactive edits are
         * waiting too: edits go first, but cannot starve bulk work. From 0 (edits always first) to below 1.
         */
        @WithDefault("0.2")
        double bulkShare();

        /** Delay before the first retry of a failed row; it doubles with every attempt... */
        @WithDefault("500ms")
        Duration retryInitialDelay();

        /** ...up to this. Rows are never given up while OpenSearch is away. */
        @WithDefault("30s")
        Duration retryMaxDelay();

        /**
         * Times OpenSearch may refuse a product's document (a refusal of that document, not an
         * outage) before its outbox row is set aside: reported, and out of the indexer's way until
         * the product is edited or the index is rebuilt.
         */
        @WithDefault("5")
        int maxDocumentAttempts();

        /** Refresh the index after every batch, so documents are searchable at once (tests). */
        @WithDefault("false")
        boolean refresh();
    }
}
