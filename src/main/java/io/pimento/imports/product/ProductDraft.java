package io.pimento.imports.product;

import io.pimento.catalog.product.Completeness;
import io.pimento.catalog.product.history.ProductSnapshot;
import io.pimento.history.FieldChange;
import io.pimento.imports.RowOutcome;

import java.util.List;

/** A valid row turned into the product to store, with what changes. {@code existing} is null for a new product. */
record ProductDraft(ContentRow row, StoredProduct existing, ProductSnapshot after, Long parentId, Completeness completeness,
                    List<FieldChange> changes) {

    RowOutcome outcome() {
        if (existing == null) {
            return RowOutcome.CREATED;
        }
        return changes.isEmpty() ? RowOutcome.UNCHANGED : RowOutcome.UPDATED;
    }
}
