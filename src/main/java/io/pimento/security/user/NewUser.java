package io.pimento.security.user;

/** {@code POST /api/v1/users}; {@code enabled} defaults to true. */
public record NewUser(String username, String password, String role, Boolean enabled) {
}
