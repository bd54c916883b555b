package io.pimento.catalog.product;

/** Body of {@code POST /products/{identifier}/status}: the status wanted, and optionally the version it applies to. */
public record StatusChange(String status, Integer version) {
}
