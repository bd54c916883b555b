package io.pimento.imports;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;

@ConfigMapping(prefix = "pimento.imports")
public interface ImportConfig {

    /** Where uploads wait for their job (one folder per job, removed when it has run). */
    @WithDefault("${java.io.tmpdir}/pimento-imports")
    Path workDir();

    /** Rows written per transaction. */
    @WithDefault("1000")
    int batchSize();

    /**
     * Batches of a products import written at the same time, each in its own transaction, while
     * the next one is checked: PostgreSQL parses and stores one batch per connection on one core.
     */
    @WithDefault("2")
    int writers();

    /** How often a running job saves its counters (and checks whether it was cancelled). */
    @WithDefault("500ms")
    Duration progressInterval();

    /** A running job whose heartbeat is older than this was left behind by a stopped instance. */
    @WithDefault("2m")
    Duration staleAfter();

    /** What an uploaded ZIP may unpack to; checked on the bytes as they are unpacked, never on the sizes the archive declares. */
    Zip zip();

    interface Zip {

        /** All entries together, unpacked (a million-row products CSV is about 2 GB). */
        @WithDefault("4G")
        MemorySize maxTotalSize();

        /**
         * Unpacked bytes per packed byte of one entry, once it has unpacked more than a megabyte:
         * CSV packs 4 to 20 times, images barely; a run of zeros a thousand times.
         */
        @WithDefault("200")
        int maxRatio();

        /** Files and folders in the archive. */
        @WithDefault("10000")
        int maxEntries();
    }
}
