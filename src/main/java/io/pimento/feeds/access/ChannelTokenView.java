package io.pimento.feeds.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;

/** A channel token as listed: never the token itself. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChannelTokenView(long id, String channel, String name, String prefix, Instant createdAt, String createdBy,
                               Instant lastUsedAt) {

    static ChannelTokenView of(ChannelToken token) {
        return new ChannelTokenView(token.id, token.channel, token.name, token.prefix, token.createdAt, token.createdBy,
                token.lastUsedAt);
    }
}
