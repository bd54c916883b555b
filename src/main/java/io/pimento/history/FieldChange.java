package io.pimento.history;

/**
 * One field's change. {@code field} names the slot, e.g. {@code family}, {@code enabled} or
 * {@code values.description.en_US.ecommerce} (locale/scope omitted when not applicable).
 */
public record FieldChange(String field, Object before, Object after) {
}
