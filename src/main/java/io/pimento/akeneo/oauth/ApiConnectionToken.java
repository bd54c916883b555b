package io.pimento.akeneo.oauth;

import io.pimento.security.User;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/**
 * One grant of an API connection to a user: an access token and the refresh token that trades the
 * pair for a new one (and is consumed doing so). Only their SHA-256 hashes are stored.
 */
@Entity
@Table(name = "api_connection_token")
public class ApiConnectionToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "connection_id")
    public ApiConnection connection;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    @Column(name = "access_hash", nullable = false)
    public String accessHash;

    @Column(name = "access_expires_at", nullable = false)
    public Instant accessExpiresAt;

    @Column(name = "refresh_hash", nullable = false)
    public String refreshHash;

    @Column(name = "refresh_expires_at", nullable = false)
    public Instant refreshExpiresAt;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    static Optional<ApiConnectionToken> findByAccessHash(String hash) {
        return find("from ApiConnectionToken t join fetch t.user where t.accessHash = ?1", hash).firstResultOptional();
    }

    static Optional<ApiConnectionToken> findByRefreshHash(String hash) {
        return find("from ApiConnectionToken t join fetch t.user join fetch t.connection where t.refreshHash = ?1", hash)
                .firstResultOptional();
    }

    /** Expired grants are of no use to anyone: dropped whenever a new one is made. */
    static void deleteExpired(Instant now) {
        delete("refreshExpiresAt < ?1", now);
    }
}
