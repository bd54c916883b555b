package io.pimento.security.token;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What every stored bearer token has, whoever holds it (a user's {@link ApiToken}, a channel's):
 * a name, the SHA-256 of the secret ({@link TokenSecrets}), the secret's first characters to tell
 * tokens apart, and when it was made and last used.
 */
@MappedSuperclass
public abstract class StoredToken extends PanacheEntityBase {

    /** {@code last_used_at} is only written when it is older than this: one UPDATE a minute per busy token, not one per request. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String name;

    /** Lowercase hex SHA-256 of the whole token. */
    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    /** The token's first characters, to tell tokens apart in lists. */
    @Column(nullable = false)
    public String prefix;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    /** Makes this token's secret (marked with {@code mark}), keeps its hash and prefix, and answers it: the only time it is seen. */
    public String issue(String mark) {
        String token = TokenSecrets.generate(mark);
        tokenHash = TokenSecrets.hash(token);
        prefix = TokenSecrets.prefix(token, mark);
        createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return token;
    }

    /** Notes a use of the token, at most once a {@link #LAST_USED_PRECISION}. */
    public void noteUse(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
            lastUsedAt = now;
        }
    }
}
