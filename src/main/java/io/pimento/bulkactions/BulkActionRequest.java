package io.pimento.bulkactions;

import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/products/bulk-actions}: the products (a list of {@code identifiers}, or the
 * search {@code query} whose every result is meant) and the {@code action}; deleting needs
 * {@code "confirm": true}.
 */
public record BulkActionRequest(List<String> identifiers, Map<String, List<String>> query, BulkAction action, Boolean confirm) {
}
