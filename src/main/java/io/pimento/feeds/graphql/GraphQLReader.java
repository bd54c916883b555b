package io.pimento.feeds.graphql;

import io.pimento.catalog.category.Category;
import io.pimento.catalog.channel.Channel;
import io.pimento.catalog.support.CodeLookup;
import io.pimento.feeds.FeedTarget;
import io.pimento.feeds.FeedService;
import io.pimento.feeds.access.FeedAccess;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;

import java.net.URI;

/**
 * Who reads, for every GraphQL query: admits the caller to a channel exactly as the REST feeds do
 * ({@link FeedAccess}: a channel token its own channel within its rate limit, a user any channel),
 * and knows the base URL media links are made from.
 */
@RequestScoped
public class GraphQLReader {

    private final FeedAccess access;
    private final FeedService feeds;
    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;

    GraphQLReader(FeedAccess access, FeedService feeds, SecurityIdentity identity, CurrentVertxRequest request) {
        this.access = access;
        this.feeds = feeds;
        this.identity = identity;
        this.request = request;
    }

    /** Admits the caller to the channel's feed and checks the locale; the channel and locale to read with. */
    public FeedTarget admit(String channel, String locale) {
        access.admit(identity, channel);
        return feeds.target(channel, locale);
    }

    /** The channel and locale a product already read was resolved for (no second admission, no second rate-limit charge). */
    public FeedTarget target(String channel, String locale) {
        return feeds.target(channel, locale);
    }

    /** The root of the channel's category tree. */
    public Category tree(String channel) {
        return Category.findById(CodeLookup.find(Channel.class, channel).orElseThrow().categoryTree);
    }

    /** The request's base URL ({@code http://host:port/}), as the REST feed's media links use. */
    public String baseUrl() {
        HttpServerRequest current = request.getCurrent() == null ? null : request.getCurrent().request();
        if (current == null) {
            return "http://localhost/";
        }
        return URI.create(current.absoluteURI()).resolve("/").toString();
    }
}
