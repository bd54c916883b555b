package io.pimento.akeneo.media;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.pimento.akeneo.Link;

import java.util.Map;

/** A media file in Akeneo's shape; its {@code code} is the storage key, as in Akeneo. */
public record AkeneoMediaFile(@JsonProperty("_links") Map<String, Link> links,
                              String code,
                              @JsonProperty("original_filename") String originalFilename,
                              @JsonProperty("mime_type") String mimeType,
                              long size,
                              String extension) {
}
