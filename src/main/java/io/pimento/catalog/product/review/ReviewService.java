package io.pimento.catalog.product.review;

import io.pimento.catalog.product.EnrichmentStatus;
import io.pimento.catalog.product.Product;
import io.pimento.catalog.product.ProductResponse;
import io.pimento.catalog.product.ProductService;
import io.pimento.catalog.product.StatusChange;
import io.pimento.common.ConflictException;
import io.pimento.common.DatabaseTimes;
import io.pimento.common.InvalidDataException;
import io.pimento.history.FieldChange;
import io.pimento.history.HistoryEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The review workflow on top of {@link ProductService#changeStatus}, the service the API's status
 * endpoint uses: it checks that the step fits the product's status, and reads the queue of
 * products in review and the last decision from the product history (no state of its own).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class ReviewService {

    /** How far back the last decision is looked for; a product edited this many times since has none to show. */
    private static final int HISTORY_LOOKBACK = 50;

    private final ProductService products;
    private final EntityManager em;

    ReviewService(ProductService products, EntityManager em) {
        this.products = products;
        this.em = em;
    }

    /**
     * @param version the version the caller saw; a product changed since is a 409
     * @throws ConflictException when the product's status does not allow the step
     * @throws InvalidDataException when a rejection has no comment
     */
    public ProductResponse decide(String identifier, ReviewDecision decision, String comment, Integer version) {
        ProductResponse product = products.get(identifier);
        if (decision.needsComment() && (comment == null || comment.isBlank())) {
            throw InvalidDataException.of("comment", "say what to fix: rejecting needs a comment");
        }
        EnrichmentStatus current = EnrichmentStatus.fromCode(product.status());
        if (!decision.allowedFrom(current)) {
            throw new ConflictException("product '%s' is %s: it cannot be %s".formatted(product.identifier(),
                    current.code(), switch (decision) {
                        case SUBMIT -> "submitted for review again";
                        case APPROVE -> "approved before it is submitted for review";
                        case REJECT -> "rejected before it is submitted for review";
                    }));
        }
        return products.changeStatus(identifier, new StatusChange(decision.to().code(), version, comment), null);
    }

    /** The products in review, the most recently submitted first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewQueueItem> queue(int limit) {
        // The submission is the newest history entry that set the status to in_review; products put
        // in review without one (an older import) fall back to their last change.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select p.identifier, p.family, p.version, coalesce(s.author, p.updated_by), coalesce(s.changed_at, p.updated_at) submitted_at
                        from product p
                        left join lateral (
                            select h.author, h.changed_at from change_history h
                            where h.resource_type = ?1 and lower(h.resource_code) = lower(p.identifier)
                              and h.changes::jsonb @> cast(?2 as jsonb)
                            order by h.id desc limit 1) s on true
                        where p.status = ?3
                        order by submitted_at desc, p.id desc
                        limit ?4""")
                .setParameter(1, ProductService.RESOURCE_TYPE)
                .setParameter(2, "[{\"field\": \"status\", \"after\": \"%s\"}]".formatted(EnrichmentStatus.IN_REVIEW.code()))
                .setParameter(3, EnrichmentStatus.IN_REVIEW.code())
                .setParameter(4, limit)
                .getResultList();
        return rows.stream().map(row -> new ReviewQueueItem((String) row[0], (String) row[1], ((Number) row[2]).intValue(),
                (String) row[3], DatabaseTimes.instant(row[4]))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long waiting() {
        return Product.count("status", EnrichmentStatus.IN_REVIEW);
    }

    /** The product's latest status change with its comment, if its recent history has one other than its creation as a draft. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ReviewNote> lastDecision(String identifier) {
        List<HistoryEntry> entries = HistoryEntry.<HistoryEntry>find(
                        "resourceType = ?1 and lower(resourceCode) = lower(?2) order by id desc", ProductService.RESOURCE_TYPE, identifier)
                .page(0, HISTORY_LOOKBACK).list();
        for (HistoryEntry entry : entries) {
            Optional<FieldChange> status = change(entry, "status");
            if (status.isPresent()) {
                String decision = ReviewDecision.describe(text(status.get().before()), text(status.get().after()));
                String comment = change(entry, ProductService.COMMENT).map(c -> String.valueOf(c.after())).orElse(null);
                return decision == null ? Optional.empty() : Optional.of(new ReviewNote(decision, entry.author, entry.changedAt, comment));
            }
        }
        return Optional.empty();
    }

    private static Optional<FieldChange> change(HistoryEntry entry, String field) {
        return entry.changes.stream().filter(c -> field.equals(c.field())).findFirst();
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
