package io.pimento.feeds.access;

import io.pimento.catalog.channel.Channel;
import io.pimento.catalog.support.CodeLookup;
import io.pimento.common.FieldError;
import io.pimento.common.InvalidDataException;
import io.pimento.common.NotFoundException;
import io.pimento.security.token.StoredToken;
import io.pimento.security.token.TokenSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Creates, lists and revokes the tokens channels read their feeds with, and resolves a presented
 * token to its channel. Made, stored and recognised like personal tokens ({@link StoredToken},
 * {@link TokenSecrets}), with their own mark so the two kinds never meet.
 */
@ApplicationScoped
@Transactional
public class ChannelTokenService {

    /** Marks channel tokens; a personal token is {@code pim_}. */
    public static final String TOKEN_MARK = "pch_";
    static final int MAX_NAME_LENGTH = 100;
    static final String DEFAULT_NAME = "feed";

    /** The channel and token a valid channel token stands for. */
    public record Holder(String channel, long tokenId) {
    }

    /** A token was revoked (fired in the revoking transaction, with the stored hash). */
    public record Revoked(String tokenHash) {
    }

    private final Event<Revoked> revoked;

    ChannelTokenService(Event<Revoked> revoked) {
        this.revoked = revoked;
    }

    public CreatedChannelToken create(String channelCode, NewChannelToken request, String author) {
        String name = validName(request);
        Channel channel = channel(channelCode);
        ChannelToken entity = new ChannelToken();
        entity.channel = channel.code;
        entity.name = name;
        entity.createdBy = author;
        String token = entity.issue(TOKEN_MARK);
        entity.persist();
        return new CreatedChannelToken(entity.id, entity.channel, entity.name, token, entity.prefix, entity.createdAt);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChannelTokenView> list(String channelCode) {
        return ChannelToken.listOf(channel(channelCode).code).stream().map(ChannelTokenView::of).toList();
    }

    public void revoke(String channelCode, long id) {
        Channel channel = channel(channelCode);
        ChannelToken token = ChannelToken.findOf(channel.code, id)
                .orElseThrow(() -> new NotFoundException("channel '%s' has no token with id %d".formatted(channel.code, id)));
        token.delete();
        revoked.fire(new Revoked(token.tokenHash));
    }

    /** The channel of a known token (revoked tokens are gone). Also notes when it was last used. */
    public Optional<Holder> authenticate(String token) {
        if (!TokenSecrets.carries(token, TOKEN_MARK)) {
            return Optional.empty();
        }
        return ChannelToken.findByHash(TokenSecrets.hash(token)).map(found -> {
            found.noteUse(Instant.now());
            return new Holder(found.channel, found.id);
        });
    }

    private static Channel channel(String code) {
        return CodeLookup.find(Channel.class, code).orElseThrow(() -> NotFoundException.of("channel", code));
    }

    private static String validName(NewChannelToken request) {
        if (request == null || request.name() == null || request.name().isBlank()) {
            return DEFAULT_NAME;
        }
        String name = request.name().strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidDataException(List.of(new FieldError("name", "at most %d characters".formatted(MAX_NAME_LENGTH))));
        }
        return name;
    }
}
