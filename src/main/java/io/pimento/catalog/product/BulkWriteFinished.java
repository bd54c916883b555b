package io.pimento.catalog.product;

/**
 * Fired when a bulk writer that held its {@link ProductsChanged} back has ended, however it
 * ended: what it wrote is indexed from now on.
 */
public record BulkWriteFinished(String writer) {
}
