package io.pimento.feeds.access;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import java.util.Optional;

/**
 * The identity a channel token stands for: the role {@code channel} (outside the users' role
 * hierarchy, so no catalog endpoint admits it), the channel's code and the token's id as attributes.
 * Its name is {@code channel:<code>}, which no username can be (usernames have no colon).
 */
public final class ChannelPrincipal {

    public static final String ROLE = "channel";
    static final String CHANNEL_ATTRIBUTE = "pimento.channel";
    static final String TOKEN_ID_ATTRIBUTE = "pimento.channel-token-id";

    private ChannelPrincipal() {
    }

    static SecurityIdentity identity(String channel, long tokenId) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("channel:" + channel))
                .addRole(ROLE)
                .addAttribute(CHANNEL_ATTRIBUTE, channel)
                .addAttribute(TOKEN_ID_ATTRIBUTE, tokenId)
                .build();
    }

    /** The channel a channel identity may read; empty for users. */
    public static Optional<String> channelOf(SecurityIdentity identity) {
        return identity.hasRole(ROLE) ? Optional.ofNullable(identity.getAttribute(CHANNEL_ATTRIBUTE)) : Optional.empty();
    }

    /** The id of the token a channel identity authenticated with. */
    static long tokenIdOf(SecurityIdentity identity) {
        Long id = identity.getAttribute(TOKEN_ID_ATTRIBUTE);
        return id == null ? 0 : id;
    }
}
