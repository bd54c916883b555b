package io.pimento.bulkactions;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "pimento.bulk-actions")
public interface BulkActionConfig {

    /**
     * Products changed per transaction (and between two progress saves); a larger selection holds
     * its search indexing back until the job ends, as an import does.
     */
    @WithDefault("100")
    int chunkSize();

    /** A running job whose heartbeat is older than this was left behind by a stopped instance. */
    @WithDefault("2m")
    Duration staleAfter();
}
