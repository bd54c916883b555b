package io.pimento.catalog.product.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.schema.AttributeSchema;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.common.DatabaseJsonFormat;
import io.pimento.common.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The validation step that needs the database: a value of a unique attribute (an EAN...) may be
 * held by one product only. One containment query over the JSONB values (GIN-indexed) checks a
 * whole batch of values, so the importer can check a chunk of rows at once with {@link #holders}.
 * Values of products written in the same batch must still be compared with each other by the caller.
 */
@ApplicationScoped
public class UniqueValueCheck {

    private static final int VALUES_PER_QUERY = 200;
    private static final TypeReference<List<ProductValue>> VALUE_LIST = new TypeReference<>() {
    };

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
     * Which of these (normalised) values of a unique attribute are already held, and by which product.
     *
     * @return data → identifier of the product holding it, for the values that are taken
     */
    public Map<Object, String> holders(String attribute, Collection<?> data, Collection<Long> excludedProductIds) {
        Map<Object, String> holders = new HashMap<>();
        List<?> all = List.copyOf(data);
        for (int from = 0; from < all.size(); from += VALUES_PER_QUERY) {
            List<?> chunk = all.subList(from, Math.min(all.size(), from + VALUES_PER_QUERY));
            StringBuilder sql = new StringBuilder("select p.identifier, cast(p.\"values\" -> :attribute as text) from product p where (");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : " or ").append("p.\"values\" @> cast(:probe").append(i).append(" as jsonb)");
            }
            sql.append(')');
            if (!excludedProductIds.isEmpty()) {
                sql.append(" and p.id not in (:excluded)");
            }
            Query query = em.createNativeQuery(sql.toString()).setParameter("attribute", attribute);
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter("probe" + i, probe(attribute, chunk.get(i)));
            }
            if (!excludedProductIds.isEmpty()) {
                query.setParameter("excluded", excludedProductIds);
            }
            for (Object row : query.getResultList()) {
                Object[] columns = (Object[]) row;
                for (ProductValue held : parse((String) columns[1])) {
                    if (chunk.contains(held.data())) {
                        holders.putIfAbsent(held.data(), (String) columns[0]);
                    }
                }
            }
        }
        return holders;
    }

    private static String probe(String attribute, Object data) {
        try {
            return DatabaseJsonFormat.MAPPER.writeValueAsString(Map.of(attribute, List.of(Map.of("data", data))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ProductValue> parse(String json) {
        try {
            return json == null ? List.of() : DatabaseJsonFormat.MAPPER.readValue(json, VALUE_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String display(Object data) {
        return data instanceof String s ? "'" + s + "'" : String.valueOf(data);
    }
}
