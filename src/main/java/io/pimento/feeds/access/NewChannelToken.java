package io.pimento.feeds.access;

/** {@code POST /api/v1/channels/{code}/tokens}: an optional name to recognise the token by. */
public record NewChannelToken(String name) {
}
