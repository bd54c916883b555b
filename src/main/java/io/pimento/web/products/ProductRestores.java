package io.pimento.web.products;

import io.pimento.catalog.product.ProductPayload;
import io.pimento.catalog.product.ProductResponse;
import io.pimento.catalog.product.ProductService;
import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.Written;
import io.pimento.catalog.product.schema.AttributeSchema;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.common.FieldError;
import io.pimento.common.InvalidDataException;
import io.pimento.common.NotFoundException;
import io.pimento.common.Page;
import io.pimento.history.FieldChange;
import io.pimento.history.HistoryEntryPayload;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Restoring what a product's history recorded: one field's value before a change, or the whole
 * product as it was at a version. History entries hold each changed field's full data before and
 * after, so the product as of version N is today's product with every change made after N undone
 * (the "before" of the oldest change of each field since). The restore is a PATCH through
 * {@link ProductService} with the version the page showed: validation, history (a new entry by
 * the restoring user), completeness and indexing as for any save, all or nothing.
 */
@ApplicationScoped
public class ProductRestores {

    /** The fields a restore writes; status goes through the review workflow, the rest (family, parent...) is structure. */
    static final Set<String> RESTORED = Set.of("values", "enabled", "categories");
    private static final int PAGE_READ = 100;

    /** What was written, and the changed fields left as they are because a restore does not write them. */
    public record Restored(Written<ProductResponse> written, List<String> skipped) {
    }

    private final ProductService products;
    private final CatalogSchemas schemas;

    ProductRestores(ProductService products, CatalogSchemas schemas) {
        this.products = products;
        this.schemas = schemas;
    }

    /** Whether a recorded field is one a restore writes. */
    static boolean restorable(String field) {
        return field.equals("enabled") || field.equals("categories") || field.startsWith("values.");
    }

    /**
     * @param entry the version whose entry holds the change (field given), or the version to go back to (field null)
     * @param field the one field to set back to its value before that change, or null for the whole version
     * @param seen the product's version the page showed (a stale page is refused, 409)
     */
    public Restored restore(String identifier, int entry, String field, int seen) {
        Map<String, Object> wanted = new TreeMap<>();
        List<String> skipped = new ArrayList<>();
        if (field != null) {
            FieldChange change = newestFirst(identifier, entry).stream()
                    .filter(item -> Integer.valueOf(entry).equals(item.version()))
                    .flatMap(item -> item.changes().stream()).filter(c -> c.field().equals(field)).findFirst().orElse(null);
            if (change == null || !restorable(field)) {
                throw new NotFoundException("version %d of product '%s' has no change of '%s' to restore".formatted(entry, identifier, field));
            }
            wanted.put(field, change.before());
        } else {
            // newest first: the oldest change after the version, met last, says what the field was then
            newestFirst(identifier, entry).stream().filter(item -> item.version() != null && item.version() > entry)
                    .forEach(item -> item.changes().forEach(change -> {
                        if (restorable(change.field())) {
                            wanted.put(change.field(), change.before());
                        } else if (!skipped.contains(change.field())) {
                            skipped.add(change.field());
                        }
                    }));
        }
        return new Restored(products.patch(identifier, payload(wanted, seen), fields(wanted), null), skipped);
    }

    /** The product's history entries, newest first, down to the one of {@code version} (or the oldest). */
    private List<HistoryEntryPayload> newestFirst(String identifier, int version) {
        List<HistoryEntryPayload> result = new ArrayList<>();
        String after = null;
        do {
            Page<HistoryEntryPayload> page = products.history(identifier, PAGE_READ, after);
            for (HistoryEntryPayload item : page.items()) {
                result.add(item);
                if (item.version() != null && item.version() <= version) {
                    return result;
                }
            }
            after = page.next();
        } while (after != null);
        return result;
    }

    private ProductPayload payload(Map<String, Object> wanted, int seen) {
        CatalogSchema schema = schemas.current();
        List<FieldError> errors = new ArrayList<>();
        Map<String, List<ProductValue>> values = new TreeMap<>();
        Boolean enabled = null;
        List<String> categories = null;
        for (Map.Entry<String, Object> slot : wanted.entrySet()) {
            String field = slot.getKey();
            if (field.equals("enabled")) {
                enabled = slot.getValue() instanceof Boolean flag ? flag : null;
            } else if (field.equals("categories")) {
                categories = slot.getValue() instanceof List<?> codes ? codes.stream().map(String::valueOf).toList() : List.of();
            } else {
                ProductValue value = value(field, slot.getValue(), schema, errors);
                if (value != null) {
                    values.computeIfAbsent(field.split("\\.")[1], a -> new ArrayList<>()).add(value);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidDataException(errors);
        }
        return new ProductPayload(null, null, null, null, categories, enabled, null, values, null, seen);
    }

    /**
     * The value of a recorded slot ({@code values.<attribute>[.<locale>][.<scope>]}): which part is
     * the locale and which the scope, the attribute says. An attribute deleted since, or one whose
     * locale or scope setting changed, cannot take the recorded value back.
     */
    private static ProductValue value(String field, Object data, CatalogSchema schema, List<FieldError> errors) {
        List<String> parts = Arrays.asList(field.split("\\."));
        String code = parts.get(1);
        AttributeSchema attribute = schema.attribute(code);
        if (attribute == null) {
            errors.add(new FieldError("values." + code, "attribute '%s' does not exist any more: its value cannot be restored".formatted(code)));
            return null;
        }
        int expected = 2 + (attribute.localizable() ? 1 : 0) + (attribute.scopable() ? 1 : 0);
        if (parts.size() != expected) {
            errors.add(new FieldError("values." + code, "attribute '%s' is now %s: the value recorded as %s cannot be restored"
                    .formatted(code, attribute.localizable() ? (attribute.scopable() ? "per locale and channel" : "per locale")
                            : attribute.scopable() ? "per channel" : "one value for all locales and channels", field)));
            return null;
        }
        String locale = attribute.localizable() ? parts.get(2) : null;
        String scope = attribute.scopable() ? parts.get(parts.size() - 1) : null;
        return new ProductValue(locale, scope, data);
    }

    private static Set<String> fields(Map<String, Object> wanted) {
        Set<String> fields = new TreeSet<>();
        wanted.keySet().forEach(field -> fields.add(field.startsWith("values.") ? "values" : field));
        return fields;
    }
}
