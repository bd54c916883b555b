package io.pimento.web;

import io.pimento.common.FieldError;
import io.pimento.common.ProblemException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A refused form's errors by field, as the services name them ({@code name},
 * {@code condition.all[0].op}), so each is shown next to its input:
 * {@code {#if errors.has('name')}<p class="field-error">{errors.of('name')}</p>{/if}}.
 */
public record FieldErrors(List<FieldError> all) {

    public static final FieldErrors NONE = new FieldErrors(List.of());

    public FieldErrors {
        all = List.copyOf(all);
    }

    public static FieldErrors of(ProblemException e) {
        return new FieldErrors(e.errors().isEmpty() ? List.of(new FieldError("", e.getMessage())) : e.errors());
    }

    public boolean any() {
        return !all.isEmpty();
    }

    public boolean has(String field) {
        return all.stream().anyMatch(e -> e.field().equals(field));
    }

    /** The messages about the field, joined. */
    public String of(String field) {
        return all.stream().filter(e -> e.field().equals(field)).map(FieldError::message).collect(Collectors.joining("; "));
    }

    /** Whether an error is about the field or something inside it ({@code action.query} and {@code action.query.color}). */
    public boolean hasUnder(String field) {
        return all.stream().anyMatch(e -> within(e.field(), field));
    }

    /** The messages about the field or something inside it, joined. */
    public String under(String field) {
        return all.stream().filter(e -> within(e.field(), field)).map(FieldError::message).collect(Collectors.joining("; "));
    }

    private static boolean within(String error, String field) {
        return error.equals(field) || error.startsWith(field + ".") || error.startsWith(field + "[");
    }

    /** The errors about fields other than those the form shows next to an input (shown on top of the form). */
    public List<FieldError> except(List<String> shown) {
        return all.stream().filter(e -> !shown.contains(e.field())).toList();
    }
}
