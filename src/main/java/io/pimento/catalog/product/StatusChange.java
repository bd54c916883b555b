package io.pimento.catalog.product;

/**
 * Body of {@code POST /products/{identifier}/status}: the status wanted, optionally the version it
 * applies to, and optionally a comment (a reviewer's reason) kept in the history entry of the change.
 */
public record StatusChange(String status, Integer version, String comment) {

    /** Longer comments are refused: the history keeps them whole. */
    public static final int MAX_COMMENT = 2000;
}
