package io.pimento.akeneo.oauth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of Akeneo's token request, for the password grant and the refresh-token grant. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenRequest(@JsonProperty("grant_type") String grantType, String username, String password,
                           @JsonProperty("refresh_token") String refreshToken) {
}
