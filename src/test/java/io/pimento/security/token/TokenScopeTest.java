package io.pimento.security.token;

import io.pimento.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TokenScopeTest {

    @ParameterizedTest(name = "a {0} token of a {1} acts as a {2}")
    @CsvSource({
            "read,  viewer,   viewer",
            "read,  editor,   viewer",
            "read,  admin,    viewer",
            "write, editor,   editor",
            "write, reviewer, reviewer",
            "write, admin,    reviewer",
            "admin, viewer,   viewer",
            "admin, editor,   editor",
            "admin, admin,    admin",
    })
    void shouldActWithTheLowerOfScopeAndOwnersRole(String scope, String owner, String effective) {
        assertThat(scope(scope).effectiveRole(role(owner))).isEqualTo(role(effective));
    }

    @ParameterizedTest(name = "a {1} may make a {0} token: {2}")
    @CsvSource({
            "read,  viewer,   true",
            "write, viewer,   false",
            "write, editor,   true",
            "admin, viewer,   true",
            "admin, reviewer, true",
    })
    void shouldRefuseScopesTheOwnersRoleCannotUse(String scope, String owner, boolean allowed) {
        assertThat(scope(scope).allowedFor(role(owner))).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "a {0} token may make a {1} token: {2}")
    @CsvSource({
            "read,  read,  true",
            "read,  write, false",
            "read,  admin, false",
            "write, read,  true",
            "write, write, true",
            "write, admin, false",
            "admin, admin, true",
            "admin, read,  true",
    })
    void shouldNeverLetATokenMakeAWiderOne(String parent, String child, boolean allowed) {
        assertThat(scope(parent).covers(scope(child))).isEqualTo(allowed);
    }

    private static TokenScope scope(String code) {
        return TokenScope.fromCode(code).orElseThrow();
    }

    private static Role role(String code) {
        return Role.fromCode(code).orElseThrow();
    }
}
