package io.pimento.feeds.access;

import io.pimento.security.token.StoredToken;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Optional;

/** A channel's token for reading its feeds. Only its SHA-256 is stored; revoking deletes the row. */
@Entity
@Table(name = "channel_token")
public class ChannelToken extends StoredToken {

    /** The channel's code as stored. */
    @Column(nullable = false)
    public String channel;

    @Column(name = "created_by")
    public String createdBy;

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
