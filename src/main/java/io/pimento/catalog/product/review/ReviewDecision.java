package io.pimento.catalog.product.review;

import io.pimento.catalog.product.EnrichmentStatus;

import java.util.Set;

/**
 * The steps of the review workflow as people take them: each moves a product from the statuses it
 * names to one status. Rejecting needs a comment saying what to fix; the others may carry one.
 */
public enum ReviewDecision {
    SUBMIT(EnrichmentStatus.IN_REVIEW, Set.of(EnrichmentStatus.DRAFT), false),
    APPROVE(EnrichmentStatus.APPROVED, Set.of(EnrichmentStatus.IN_REVIEW), false),
    REJECT(EnrichmentStatus.DRAFT, Set.of(EnrichmentStatus.IN_REVIEW), true);

    private final EnrichmentStatus to;
    private final Set<EnrichmentStatus> from;
    private final boolean needsComment;

    ReviewDecision(EnrichmentStatus to, Set<EnrichmentStatus> from, boolean needsComment) {
        this.to = to;
        this.from = from;
        this.needsComment = needsComment;
    }

    public EnrichmentStatus to() {
        return to;
    }

    public boolean allowedFrom(EnrichmentStatus current) {
        return from.contains(current);
    }

    public boolean needsComment() {
        return needsComment;
    }

    /**
     * What a past status change was, from its before and after: a rejection is a way back from
     * review to draft. Null for a product created as a draft: nothing was decided yet.
     */
    public static String describe(String before, String after) {
        if (before == null && EnrichmentStatus.DRAFT.code().equals(after)) {
            return null;
        }
        if (EnrichmentStatus.IN_REVIEW.code().equals(after)) {
            return "Submitted for review";
        }
        if (EnrichmentStatus.APPROVED.code().equals(after)) {
            return "Approved";
        }
        if (EnrichmentStatus.IN_REVIEW.code().equals(before) && EnrichmentStatus.DRAFT.code().equals(after)) {
            return "Rejected";
        }
        return "Moved to draft";
    }
}
