/**
 * GraphQL at {@code /graphql}: an adapter over the channel feeds ({@link io.pimento.feeds.FeedService})
 * and the search API, read like the REST feeds (a channel token its own channel only, users any
 * channel). One {@code @GraphQLApi} class per concern ({@link ProductGraphQL}, {@link CategoryGraphQL},
 * {@link SearchGraphQL}); another concern (placements) adds its own class beside them, using
 * {@link GraphQLReader} to admit the caller. See docs/graphql.md.
 */
package io.pimento.feeds.graphql;
