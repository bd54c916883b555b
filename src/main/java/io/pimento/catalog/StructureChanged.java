package io.pimento.catalog;

/**
 * Fired (synchronously, inside the writing transaction) whenever a structure resource is
 * created, changed or deleted: kind is e.g. {@code attribute}, {@code family}, {@code channel}.
 * Caches of the catalog structure and completeness listen to it.
 */
public record StructureChanged(String kind, String code) {
}
