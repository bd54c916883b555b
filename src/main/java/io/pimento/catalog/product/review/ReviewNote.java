package io.pimento.catalog.product.review;

import java.time.Instant;

/** The latest step of a product's review: what was decided ("Rejected"), by whom, when, and the comment if any. */
public record ReviewNote(String decision, String author, Instant at, String comment) {
}
