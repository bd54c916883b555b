package io.pimento.catalog.product;

/**
 * The enrichment workflow: editors move a product between draft and in_review; only reviewers
 * (and admins) approve. When someone who may not approve changes the content of an approved
 * product, it goes back to in_review so a reviewer looks at it again. Pure Java, shared with the
 * CSV importer.
 */
public final class StatusPolicy {

    private StatusPolicy() {
    }

    /**
     * @param current        the stored status, null when the product is being created
     * @param requested      the status the request asks for, null when it does not set one
     * @param contentChanged whether anything other than the status changes
     * @param mayApprove     whether the caller is a reviewer or an admin
     * @return the status to store
     * @throws StatusNotAllowedException when the caller asks for approval without being allowed to
     */
    public static EnrichmentStatus next(EnrichmentStatus current, EnrichmentStatus requested, boolean contentChanged, boolean mayApprove) {
        // Sending back the status a product already has (a GET body, edited and PUT) is not a request to change it.
        EnrichmentStatus wanted = requested == current ? null : requested;
        if (wanted == EnrichmentStatus.APPROVED && !mayApprove) {
            throw new StatusNotAllowedException();
        }
        if (wanted != null) {
            return wanted;
        }
        if (current == null) {
            return EnrichmentStatus.DRAFT;
        }
        if (current == EnrichmentStatus.APPROVED && contentChanged && !mayApprove) {
            return EnrichmentStatus.IN_REVIEW;
        }
        return current;
    }
}
