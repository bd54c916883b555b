package io.pimento.akeneo.oauth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer to a connection's creation: the only time its secret is shown. */
public record CreatedApiConnection(String code, String label, @JsonProperty("client_id") String clientId, String secret) {
}
