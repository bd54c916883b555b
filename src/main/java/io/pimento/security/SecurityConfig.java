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

    /**
     * Least zxcvbn score (0-4) of a password the users API accepts: 2 refuses common passwords,
     * names, words, keyboard walks and the like; 0 turns the estimate off (the other rules stay).
     */
    @WithDefault("2")
    int passwordMinScore();

    PasswordCache passwordCache();

    /**
     * Whether {@code /q/*} (metrics, OpenAPI, Swagger UI) needs an authenticated admin
     * ({@link ManagementPolicy}); {@code /q/health*} stays open either way. Off in dev and tests.
     */
    @WithDefault("true")
    boolean protectManagement();

    PasswordGuesses passwordGuesses();

    ApiRateLimit apiRateLimit();

    /**
     * Requests per user (HTTP Basic) and per personal token on {@code /api}, shared by all
     * instances: {@code requests} per {@code period} sustained, up to {@code burst} at once;
     * {@code requests=0} turns it off. Sized for a sync script (100 requests/s, bulk bodies of
     * 100 items each), not for one person's clicks.
     */
    interface ApiRateLimit {
        @WithDefault("6000")
        int requests();

        @WithDefault("1m")
        Duration period();

        @WithDefault("1000")
        int burst();
    }

    /**
     * Wrong passwords per username, shared by all instances: after {@code burst} of them, the
     * username is refused without a password check (429 with Retry-After) until the bucket refills
     * at {@code burst} per {@code period}. Correct passwords do not count.
     */
    interface PasswordGuesses {
        @WithDefault("10")
        int burst();

        @WithDefault("10m")
        Duration period();

        /**
         * Wrong passwords per client address (any usernames) before the address is refused the
         * same way, refilled at as many per {@code period}; 0 turns it off. Behind a reverse proxy
         * the address is the proxy's unless {@code quarkus.http.proxy.proxy-address-forwarding}
         * trusts it: then one guesser would lock everyone out, so set forwarding up first.
         */
        @WithDefault("100")
        int perAddressBurst();
    }

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
