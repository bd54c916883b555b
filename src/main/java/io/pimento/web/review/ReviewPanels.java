package io.pimento.web.review;

import io.pimento.catalog.product.EnrichmentStatus;
import io.pimento.catalog.product.ProductResponse;
import io.pimento.catalog.product.review.ReviewService;
import io.pimento.web.CurrentUser;
import io.pimento.web.FieldErrors;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Builds the review block the product page includes ({@code {#reviewPanel panel=inject:reviewPanels.of(product) /}}),
 * so the product page needs no change of its own for the workflow.
 */
@RequestScoped
@Named("reviewPanels")
public class ReviewPanels {

    private final ReviewService reviews;
    private final CurrentUser user;

    @Inject
    ReviewPanels(ReviewService reviews, CurrentUser user) {
        this.reviews = reviews;
        this.user = user;
    }

    public ReviewPanel of(ProductResponse product) {
        return of(product, null, FieldErrors.NONE);
    }

    ReviewPanel of(ProductResponse product, String comment, FieldErrors errors) {
        boolean draft = EnrichmentStatus.DRAFT.code().equals(product.status());
        boolean inReview = EnrichmentStatus.IN_REVIEW.code().equals(product.status());
        return new ReviewPanel(product.identifier(), product.status(), product.version(),
                reviews.lastDecision(product.identifier()).orElse(null),
                draft && user.isEditor(), inReview && user.isReviewer(), comment, errors);
    }
}
