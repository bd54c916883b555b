package io.pimento.web.review;

import io.pimento.catalog.product.review.ReviewNote;
import io.pimento.common.FieldError;
import io.pimento.web.FieldErrors;

import java.util.List;

/**
 * The review block of a product page: the last decision with its comment, and the steps the user
 * may take now (an editor submits a draft, a reviewer approves or rejects a product in review).
 * {@code comment} is what a refused form sent, shown again next to its error.
 */
public record ReviewPanel(String identifier, String status, int version, ReviewNote last, boolean maySubmit, boolean mayDecide,
                          String comment, FieldErrors errors) {

    /** The errors not about the comment, shown above the forms. */
    public List<FieldError> otherErrors() {
        return errors.except(List.of("comment"));
    }
}
