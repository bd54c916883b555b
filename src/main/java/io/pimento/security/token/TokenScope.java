package io.pimento.security.token;

import io.pimento.security.Role;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a personal API token may do, on top of its owner's role: the token acts with the lower of
 * its owner's role and its scope's {@link #ceiling()}, so a scope never adds a right. Ordered from
 * narrowest to widest.
 */
public enum TokenScope {
    /** Read-only: what a viewer may do (GET/HEAD on the catalog API). */
    READ(Role.VIEWER, Role.VIEWER),
    /**
     * Catalog writes: content, approvals, imports and exports, up to a reviewer's rights; no
     * structure, user or channel administration (those need the admin role, so an admin scope).
     */
    WRITE(Role.EDITOR, Role.REVIEWER),
    /** Everything the owner's role allows, including revoking the owner's tokens: what a token was before scopes. */
    ADMIN(Role.VIEWER, Role.ADMIN);

    /** What a token gets when its creation names no scope (and what tokens made before scopes have). */
    public static final TokenScope DEFAULT = ADMIN;

    private final Role least;
    private final Role ceiling;

    TokenScope(Role least, Role ceiling) {
        this.least = least;
        this.ceiling = ceiling;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The least role an owner needs to be given this scope: a viewer cannot make a {@code write} token. */
    public Role least() {
        return least;
    }

    /** The highest role a token of this scope acts with, whatever its owner's role. */
    public Role ceiling() {
        return ceiling;
    }

    /** The role a token of this scope acts with for an owner of {@code ownerRole}: the lower of the two. */
    public Role effectiveRole(Role ownerRole) {
        return ownerRole.compareTo(ceiling) <= 0 ? ownerRole : ceiling;
    }

    /** True when an owner of {@code ownerRole} may make a token of this scope. */
    public boolean allowedFor(Role ownerRole) {
        return ownerRole.compareTo(least) >= 0;
    }

    /** True when a token of this scope may make a token of {@code child}: never a wider one. */
    public boolean covers(TokenScope child) {
        return child.compareTo(this) <= 0;
    }

    public static Optional<TokenScope> fromCode(String code) {
        return Arrays.stream(values()).filter(scope -> scope.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(TokenScope::code).toList();
    }
}
