package io.pimento.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** {@code pimento.security.*}: first users, password rules and the verified-password cache. */
@ConfigMapping(prefix = "pimento.security")
public interface SecurityConfig {

    /** Create admin/admin, editor/editor, reviewer/reviewer and viewer/viewer when there is no user at all. */
    @WithDefault("true")
    boolean demoUsers();

    InitialAdmin initialAdmin();

    /** Shortest password the users API accepts. */
    @WithDefault("8")
    int passwordMinLength();

    PasswordCache passwordCache();

    interface InitialAdmin {
        /** Name of the admin created on an empty user table when demo users are off. */
        @WithDefault("admin")
        String username();

        /** Its password; without it no user is created and the log says how to create one. */
        Optional<String> password();
    }

    interface PasswordCache {
        /** How long a verified username/password pair skips bcrypt; 0 turns the cache off. */
        @WithDefault("5M")
        Duration ttl();

        @WithDefault("1000")
        int size();
    }
}
