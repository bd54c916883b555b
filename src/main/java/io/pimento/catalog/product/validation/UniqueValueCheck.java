package io.pimento.catalog.product.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.pimento.catalog.product.schema.AttributeSchema;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.common.DatabaseJsonFormat;
import io.pimento.common.Digests;
import io.pimento.common.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The validation step that needs the database: a value of a unique attribute (an EAN...) may be
 * held by one product only. One query over product_unique_value (kept from product.values by a trigger) checks a
 * whole batch of values, so the importer can check a chunk of rows at once with {@link #holders}.
 * Values of products written in the same batch must still be compared with each other by the caller.
 */
@ApplicationScoped
public class UniqueValueCheck {

    private static final int VALUES_PER_QUERY = 200;
    private final EntityManager em;

    UniqueValueCheck(EntityManager em) {
        this.em = em;
    }

    /**
     * Errors for the values of unique attributes among {@code updates} that another product holds.
     *
     * @param productId the product being written (its own values do not count), null when new
     */
    public List<FieldError> check(Long productId, List<ValueUpdate> updates, CatalogSchema schema) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, List<ValueUpdate>> byAttribute = new HashMap<>();
        for (ValueUpdate update : updates) {
            AttributeSchema attribute = schema.attribute(update.attribute());
            if (!update.clears() && attribute != null && attribute.unique()) {
                byAttribute.computeIfAbsent(update.attribute(), a -> new ArrayList<>()).add(update);
            }
        }
        lockValues(byAttribute);
        byAttribute.forEach((attribute, list) -> {
            Map<Object, String> holders = holders(attribute, list.stream().map(ValueUpdate::data).toList(),
                    productId == null ? List.of() : List.of(productId));
            for (ValueUpdate update : list) {
                String holder = holders.get(update.data());
                if (holder != null) {
                    errors.add(new FieldError(update.dataField(), "attribute '%s' is unique and product '%s' already has the value %s"
                            .formatted(attribute, holder, display(update.data()))));
                }
            }
        });
        return errors;
    }

    /**
     * Two writers of the same unique value would both find it free and both commit: each takes a
     * transaction-scoped advisory lock per value before looking, so the second waits for the first
     * to commit (or roll back) and then sees its row. Keys are taken in order, so two writers of
     * several values cannot deadlock. The import checks whole chunks without these locks
     * (docs/security.md says what that leaves).
     */
    private void lockValues(Map<String, List<ValueUpdate>> byAttribute) {
        List<Long> keys = byAttribute.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(update -> lockKey(entry.getKey(), update.data())))
                .distinct().sorted().toList();
        if (keys.isEmpty()) {
            return;
        }
        // volatile functions in the select list run after the sort, so the locks are taken in key order
        em.createNativeQuery("select cast(pg_advisory_xact_lock(k) as text) from unnest(cast(:keys as bigint[])) k order by k")
                .setParameter("keys", keys.toArray(Long[]::new))
                .getResultList();
    }

    /** 64 bits of the SHA-256 of attribute and value, numbers in one form (12 and 12.0 are one value). */
    static long lockKey(String attribute, Object data) {
        String value = data instanceof Number number
                ? new BigDecimal(number.toString()).stripTrailingZeros().toPlainString()
                : json(data);
        return ByteBuffer.wrap(Digests.sha256((attribute + '\u0000' + value).getBytes(StandardCharsets.UTF_8))).getLong();
    }

    /**
     * Which of these (normalised) values of a unique attribute are already held, and by which product.
     *
     * @return data → identifier of the product holding it, for the values that are taken
     */
    public Map<Object, String> holders(String attribute, Collection<?> data, Collection<Long> excludedProductIds) {
        Map<Object, String> holders = new HashMap<>();
        List<?> all = List.copyOf(data);
        for (int from = 0; from < all.size(); from += VALUES_PER_QUERY) {
            List<?> chunk = all.subList(from, Math.min(all.size(), from + VALUES_PER_QUERY));
            // product_unique_value lists the values of unique attributes (kept by a trigger): one index probe per value
            StringBuilder sql = new StringBuilder("select p.identifier, cast(u.data as text) from product_unique_value u "
                    + "join product p on p.id = u.product_id where u.attribute = :attribute and u.data in (");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("cast(:probe").append(i).append(" as jsonb)");
            }
            sql.append(')');
            if (!excludedProductIds.isEmpty()) {
                sql.append(" and u.product_id not in (:excluded)");
            }
            Query query = em.createNativeQuery(sql.toString()).setParameter("attribute", attribute);
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter("probe" + i, json(chunk.get(i)));
            }
            if (!excludedProductIds.isEmpty()) {
                query.setParameter("excluded", excludedProductIds);
            }
            for (Object row : query.getResultList()) {
                Object[] columns = (Object[]) row;
                Object held = parseData((String) columns[1]);
                for (Object wanted : chunk) {
                    if (sameData(wanted, held)) {
                        holders.putIfAbsent(wanted, (String) columns[0]);
                    }
                }
            }
        }
        return holders;
    }

    private static String json(Object data) {
        try {
            return DatabaseJsonFormat.MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object parseData(String json) {
        try {
            return DatabaseJsonFormat.MAPPER.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Same value as JSON sees it: 12 and 12.0 are one number, as for PostgreSQL's jsonb. */
    private static boolean sameData(Object wanted, Object held) {
        if (wanted instanceof Number a && held instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return java.util.Objects.equals(wanted, held);
    }

    private static String display(Object data) {
        return data instanceof String s ? "'" + s + "'" : String.valueOf(data);
    }
}
