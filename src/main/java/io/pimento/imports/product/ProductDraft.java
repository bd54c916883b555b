package io.pimento.imports.product;

import io.pimento.catalog.product.Completeness;
import io.pimento.common.CopyText;
import io.pimento.catalog.product.history.ProductSnapshot;
import io.pimento.history.FieldChange;
import io.pimento.imports.RowOutcome;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A valid row turned into the product to store, with what changes. {@code existing} is null for a
 * new product.
 *
 * <p>Before it is written, a draft is {@link #encode encoded}: its product and history rows are
 * serialised in COPY form by the thread that checks the batches, and the product model it was
 * built from is let go, so a batch waiting for its write holds bytes, not object graphs.
 */
final class ProductDraft {

    private final ContentRow row;
    private final StoredProduct existing;
    private final String identifier;
    private final Long parentId;
    private final RowOutcome outcome;
    private ProductSnapshot after;
    private Completeness completeness;
    private List<FieldChange> changes;
    private byte[] productCells;
    private byte[] historyEntry;

    ProductDraft(ContentRow row, StoredProduct existing, ProductSnapshot after, Long parentId, Completeness completeness,
                 List<FieldChange> changes) {
        this.row = row;
        this.existing = existing;
        this.identifier = after.identifier();
        this.after = after;
        this.parentId = parentId;
        this.completeness = completeness;
        this.changes = changes;
        this.outcome = existing == null ? RowOutcome.CREATED : changes.isEmpty() ? RowOutcome.UNCHANGED : RowOutcome.UPDATED;
    }

    ContentRow row() {
        return row;
    }

    StoredProduct existing() {
        return existing;
    }

    String identifier() {
        return identifier;
    }

    /** The product as it will be stored; only until the draft is encoded. */
    ProductSnapshot after() {
        if (after == null) {
            throw new IllegalStateException("draft of '%s' is encoded: its model was let go".formatted(identifier));
        }
        return after;
    }

    Long parentId() {
        return parentId;
    }

    RowOutcome outcome() {
        return outcome;
    }

    /**
     * Serialises the rows to write and lets go of the model. {@code scratch} is reused from draft
     * to draft by the calling thread.
     */
    void encode(String author, StringBuilder scratch) {
        if (productCells != null) {
            return;
        }
        scratch.setLength(0);
        CopyText.cell(scratch, identifier);
        scratch.append('\t');
        CopyText.cell(scratch, after.family());
        scratch.append('\t').append(parentId == null ? "\\N" : parentId.toString());
        scratch.append('\t').append(after.enabled() ? 't' : 'f');
        scratch.append('\t').append(after.status().code()).append('\t');
        JsonText.appendForCopy(scratch, after.categories());
        scratch.append('\t');
        JsonText.appendForCopy(scratch, after.groups());
        scratch.append('\t');
        JsonText.appendForCopy(scratch, after.values());
        scratch.append('\t');
        JsonText.appendForCopy(scratch, completeness);
        productCells = scratch.toString().getBytes(StandardCharsets.UTF_8);

        historyEntry = ProductStore.historyEntry(scratch, identifier, existing == null ? "created" : "updated", author, changes);

        after = null;
        completeness = null;
        changes = null;
    }

    /**
     * identifier, family, parent_id, enabled, status, categories, groups, values, completeness:
     * the cells of the product row, without the tab or newline after them.
     */
    byte[] productCells() {
        return encoded(productCells);
    }

    /** The product's history entry, encoded for {@link io.pimento.history.HistoryBulkWriter}: all but its version. */
    byte[] historyEntry() {
        return encoded(historyEntry);
    }

    private byte[] encoded(byte[] cells) {
        if (cells == null) {
            throw new IllegalStateException("draft of '%s' is not encoded yet".formatted(identifier));
        }
        return cells;
    }
}
