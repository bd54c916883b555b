package io.pimento.imports.product;

import io.pimento.catalog.product.Associations;
import io.pimento.catalog.product.EnrichmentStatus;
import io.pimento.catalog.product.ProductValues;

import java.util.List;

/** A product as stored, read with plain JDBC for a whole batch at once. */
record StoredProduct(long id, String identifier, String family, Long parentId, boolean enabled, EnrichmentStatus status,
                     List<String> categories, List<String> groups, ProductValues values, Associations associations, int version) {
}
