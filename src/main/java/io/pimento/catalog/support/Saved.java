package io.pimento.catalog.support;

/** The state of a resource after a create-or-update, and whether it was created (201) or updated (200). */
public record Saved<T>(T value, boolean created) {
}
