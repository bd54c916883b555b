package io.pimento.akeneo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * A value in Akeneo's output: locale, scope and data as Pimento holds them, and for an image or
 * file value {@code _links.download}, the absolute URL of the file's download, as Akeneo gives it.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AkeneoValue(String locale, String scope, Object data,
                          @JsonProperty("_links") @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Link> links) {
}
