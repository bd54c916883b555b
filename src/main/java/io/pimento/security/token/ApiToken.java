package io.pimento.security.token;

import io.pimento.security.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A personal API token. Only the SHA-256 of the token is stored; the token itself is shown once, at creation. */
@Entity
@Table(name = "api_token")
public class ApiToken extends StoredToken {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    /** Null: never expires. */
    @Column(name = "expires_at")
    public Instant expiresAt;

    public boolean isExpired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    static Optional<ApiToken> findByHashWithUser(String tokenHash) {
        return find("from ApiToken t join fetch t.user where t.tokenHash = ?1", tokenHash).firstResultOptional();
    }

    static List<ApiToken> listOf(User user) {
        return list("user = ?1 order by id", user);
    }

    static Optional<ApiToken> findOwned(User user, long id) {
        return find("user = ?1 and id = ?2", user, id).firstResultOptional();
    }
}
