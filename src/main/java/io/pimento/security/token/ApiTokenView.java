package io.pimento.security.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;

/** A token as listed: never the token itself. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ApiTokenView(long id, String name, String prefix, String scope, Long parentId,
                           Instant createdAt, Instant expiresAt, Instant lastUsedAt) {

    static ApiTokenView of(ApiToken token) {
        return new ApiTokenView(token.id, token.name, token.prefix, token.scope, token.parentId,
                token.createdAt, token.expiresAt, token.lastUsedAt);
    }
}
