package io.pimento.security.token;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;

/** The answer to a token creation: the only time {@code token} is ever shown. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CreatedApiToken(long id, String name, String token, String prefix, String scope, Long parentId,
                              Instant createdAt, Instant expiresAt) {
}
