package io.pimento.security.user;

/** {@code PATCH /api/v1/users/{username}}: only the fields present change; {@code version}, if given, must be current. */
public record UserChanges(String password, String role, Boolean enabled, Integer version) {
}
