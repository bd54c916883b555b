package io.pimento.imports.product;

import io.pimento.catalog.product.Completeness;
import io.pimento.catalog.product.history.ProductSnapshot;
import io.pimento.history.FieldChange;
import io.pimento.imports.RowOutcome;

import java.util.List;

/** A valid row turned into the product to store, with what changes. {@code existing} is null for a new product. */
final class ProductDraft {

    /** The JSON documents of the row to write, in COPY form. */
    record Documents(CopyText.Escaped categories, CopyText.Escaped groups, CopyText.Escaped values, CopyText.Escaped completeness,
                     CopyText.Escaped changes) {
    }

    private final ContentRow row;
    private final StoredProduct existing;
    private final ProductSnapshot after;
    private final Long parentId;
    private final Completeness completeness;
    private final List<FieldChange> changes;
    private Documents documents;

    ProductDraft(ContentRow row, StoredProduct existing, ProductSnapshot after, Long parentId, Completeness completeness,
                 List<FieldChange> changes) {
        this.row = row;
        this.existing = existing;
        this.after = after;
        this.parentId = parentId;
        this.completeness = completeness;
        this.changes = changes;
    }

    ContentRow row() {
        return row;
    }

    StoredProduct existing() {
        return existing;
    }

    ProductSnapshot after() {
        return after;
    }

    Long parentId() {
        return parentId;
    }

    Completeness completeness() {
        return completeness;
    }

    List<FieldChange> changes() {
        return changes;
    }

    RowOutcome outcome() {
        if (existing == null) {
            return RowOutcome.CREATED;
        }
        return changes.isEmpty() ? RowOutcome.UNCHANGED : RowOutcome.UPDATED;
    }

    /**
     * Serialises the documents to write. Called by the thread that checks the batch, while the
     * previous batch is being written, so the writer only streams them to PostgreSQL.
     */
    Documents documents() {
        if (documents == null) {
            documents = new Documents(JsonText.forCopy(after.categories()), JsonText.forCopy(after.groups()),
                    JsonText.forCopy(after.values()), JsonText.forCopy(completeness), JsonText.forCopy(changes));
        }
        return documents;
    }
}
