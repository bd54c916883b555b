package io.pimento.media;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** The media folder and what one upload may hold (docs/api.md, Media files). */
@ConfigMapping(prefix = "pimento.media")
public interface MediaConfig {

    /** Where media files are kept, named by content; product values name them relative to it. */
    @WithDefault(".data/media")
    Path dir();

    /**
     * The largest file one upload may store (API and Akeneo's media-files). Product images and
     * PDF sheets rarely pass a few megabytes; a ZIP import's files are bounded by its own limits.
     */
    @WithDefault("20M")
    MemorySize maxFileSize();
}
