package io.pimento.security.user;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.pimento.security.User;

import java.time.Instant;

/** A user as the users API shows it: never the password, not even hashed. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UserView(String username, String role, boolean enabled, Instant createdAt, int version) {

    static UserView of(User user) {
        return new UserView(user.username, user.role, user.enabled, user.createdAt, user.version);
    }
}
