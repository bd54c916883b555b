package io.pimento.catalog.support;

import io.pimento.common.FieldError;
import io.pimento.common.InvalidDataException;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every rule a write breaks before anything is written, so one refusal names all the
 * offending fields at once instead of one per attempt.
 */
public final class Violations {

    private final List<FieldError> errors = new ArrayList<>();

    public Violations add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** True when a rule on this field (or one of its elements) was already broken. */
    public boolean concerns(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field) || e.field().startsWith(field + "[") || e.field().startsWith(field + "."));
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
    }
}
