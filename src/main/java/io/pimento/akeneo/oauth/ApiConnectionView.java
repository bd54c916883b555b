package io.pimento.akeneo.oauth;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/** A connection as lists show it: never its secret. */
public record ApiConnectionView(String code, String label, @JsonProperty("client_id") String clientId,
                                @JsonProperty("created_at") Instant createdAt, @JsonProperty("created_by") String createdBy) {

    static ApiConnectionView of(ApiConnection connection) {
        return new ApiConnectionView(connection.code, connection.label, connection.clientId, connection.createdAt, connection.createdBy);
    }
}
