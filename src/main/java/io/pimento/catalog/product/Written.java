package io.pimento.catalog.product;

/** The outcome of a create-or-update: the resource as stored, and whether it was created. */
public record Written<T>(T resource, boolean created) {
}
