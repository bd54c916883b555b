package io.pimento.security.token;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code POST /api/v1/me/tokens}: a name to recognise the token by, an optional lifetime (none:
 * never expires) and an optional {@link TokenScope} code (none: {@link TokenScope#DEFAULT}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NewApiToken(String name, Integer expiresInDays, String scope) {
}
