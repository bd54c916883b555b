package io.pimento.feeds.graphql;

import org.eclipse.microprofile.graphql.Description;

import java.util.List;

/** A page of a channel's products; {@code next} is the cursor of the following page ({@code after}), null on the last. */
@Description("A page of products: pass next as after to read the following page; null on the last page.")
public record ProductPage(List<FeedProduct> items, String next) {
}
