package io.pimento.feeds.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

import java.util.List;

/** The products one association type links a product to, those of them in the channel's feed, resolved like it. */
@Name("Association")
public record ProductAssociation(@Description("the association type's code, e.g. X_SELL") String type,
                                 List<FeedProduct> products) {
}
