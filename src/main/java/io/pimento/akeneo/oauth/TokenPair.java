package io.pimento.akeneo.oauth;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Akeneo's token answer; {@code scope} is always null, as Akeneo sends it. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TokenPair(@JsonProperty("access_token") String accessToken,
                        @JsonProperty("expires_in") long expiresIn,
                        @JsonProperty("token_type") String tokenType,
                        String scope,
                        @JsonProperty("refresh_token") String refreshToken) {
}
