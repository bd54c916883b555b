package io.pimento.feeds.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A channel's token for reading its feeds. Only its SHA-256 is stored; revoking deletes the row. */
@Entity
@Table(name = "channel_token")
public class ChannelToken extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The channel's code as stored. */
    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String name;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(nullable = false)
    public String prefix;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    static Optional<ChannelToken> findByHash(String tokenHash) {
        return find("tokenHash", tokenHash).firstResultOptional();
    }

    static List<ChannelToken> listOf(String channel) {
        return list("channel = ?1 order by id", channel);
    }

    static Optional<ChannelToken> findOf(String channel, long id) {
        return find("channel = ?1 and id = ?2", channel, id).firstResultOptional();
    }
}
