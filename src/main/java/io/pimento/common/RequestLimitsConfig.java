package io.pimento.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Bounds on what one API request may make the server read (docs/security.md). File uploads
 * (multipart forms) are bounded by {@code quarkus.http.limits.max-body-size} and the import limits
 * instead.
 */
@ConfigMapping(prefix = "pimento.limits")
public interface RequestLimitsConfig {

    /**
     * The largest body of any request that is not a multipart upload (JSON, NDJSON bulk lines,
     * forms): larger ones are refused with 413 before they are read. Also the longest JSON document
     * the parser reads when the length is not announced.
     */
    @WithDefault("16M")
    MemorySize jsonBodySize();
}
