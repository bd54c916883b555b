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

    /** A {@link TokenScope} code: what the token may do within its owner's role. */
    @Column(nullable = false)
    public String scope = TokenScope.DEFAULT.code();

    /**
     * The token this one was created with (null: created with a password or a UI session). The
     * database deletes a token's children with it, so revoking a token revokes what it created.
     */
    @Column(name = "parent_id")
    public Long parentId;

    public TokenScope scope() {
        // The column only holds codes this enum wrote (and the migration's default).
        return TokenScope.fromCode(scope).orElseThrow();
    }

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
