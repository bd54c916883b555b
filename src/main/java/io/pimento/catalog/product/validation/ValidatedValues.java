package io.pimento.catalog.product.validation;

import io.pimento.catalog.product.ProductValues;
import io.pimento.common.FieldError;

import java.util.List;

/** The outcome of validating a payload's values: the normalised values and every error found. */
public record ValidatedValues(List<ValueUpdate> updates, List<FieldError> errors) {

    public ValidatedValues {
        updates = List.copyOf(updates);
        errors = List.copyOf(errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** PATCH semantics: each value replaces the one at its slot, null data removes it. */
    public ProductValues applyTo(ProductValues base) {
        ProductValues result = base.copy();
        updates.forEach(u -> result.put(u.attribute(), u.locale(), u.scope(), u.data()));
        return result;
    }

    /** PUT semantics: the values as a whole (clears are no-ops). */
    public ProductValues toValues() {
        return applyTo(new ProductValues());
    }
}
