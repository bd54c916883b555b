package io.pimento.catalog.product;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.pimento.catalog.product.history.ProductChangeDetector;
import io.pimento.common.DatabaseJsonFormat;
import io.pimento.history.FieldChange;
import io.pimento.history.HistoryRecorder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Keeps associations pointing at existing targets: when a product or product model is deleted
 * (or a product renamed), every product and product model associated with it is updated, with
 * history and a new version, in the same transaction.
 */
@ApplicationScoped
public class AssociationCleanup {

    private final EntityManager em;
    private final HistoryRecorder history;
    private final Event<ProductsChanged> productsChanged;

    AssociationCleanup(EntityManager em, HistoryRecorder history, Event<ProductsChanged> productsChanged) {
        this.em = em;
        this.history = history;
        this.productsChanged = productsChanged;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void productRemoved(String identifier) {
        rewrite("products", identifier, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void productRenamed(String oldIdentifier, String newIdentifier) {
        rewrite("products", oldIdentifier, newIdentifier);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void productModelRemoved(String code) {
        rewrite("product_models", code, null);
    }

    /** Replaces (or, with a null replacement, removes) a target in every association list holding it. */
    private void rewrite(String kind, String target, String replacement) {
        String path = "$.*.%s[*] ? (@ == %s)".formatted(kind, jsonString(target));
        UnaryOperator<Associations> change = associations -> replaceTarget(associations, kind, target, replacement);
        Set<Long> changedProducts = new HashSet<>();
        for (Product product : Product.<Product>list("id in ?1", ids("product", path))) {
            ProductSnapshotPair pair = new ProductSnapshotPair(product.associations, change.apply(product.associations));
            product.associations = pair.after;
            product.updatedAt = Instant.now();
            em.flush();
            history.updated("product", product.identifier, product.version, pair.changes());
            changedProducts.add(product.id);
        }
        for (ProductModel model : ProductModel.<ProductModel>list("id in ?1", ids("product_model", path))) {
            ProductSnapshotPair pair = new ProductSnapshotPair(model.associations, change.apply(model.associations));
            model.associations = pair.after;
            model.updatedAt = Instant.now();
            em.flush();
            history.updated("product_model", model.code, model.version, pair.changes());
        }
        if (!changedProducts.isEmpty()) {
            productsChanged.fire(BulkWriter.changed(changedProducts));
        }
    }

    private List<Long> ids(String table, String jsonPath) {
        List<?> rows = em.createNativeQuery("select id from " + table + " where jsonb_path_exists(associations, cast(:path as jsonpath))")
                .setParameter("path", jsonPath)
                .getResultList();
        List<Long> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(((Number) r).longValue()));
        // "in ()" is no valid SQL: an impossible id keeps the callers' queries simple
        return ids.isEmpty() ? List.of(Long.MIN_VALUE) : ids;
    }

    static Associations replaceTarget(Associations associations, String kind, String target, String replacement) {
        Associations result = new Associations();
        for (Map.Entry<String, AssociationTargets> entry : associations.asMap().entrySet()) {
            AssociationTargets t = entry.getValue();
            List<String> products = kind.equals("products") ? replaced(t.products(), target, replacement) : t.products();
            List<String> models = kind.equals("product_models") ? replaced(t.productModels(), target, replacement) : t.productModels();
            result.put(entry.getKey(), new AssociationTargets(products, models, t.groups()));
        }
        return result;
    }

    private static List<String> replaced(List<String> codes, String target, String replacement) {
        java.util.TreeSet<String> result = new java.util.TreeSet<>();
        for (String code : codes) {
            if (!code.equals(target)) {
                result.add(code);
            } else if (replacement != null) {
                result.add(replacement);
            }
        }
        return List.copyOf(result);
    }

    private static String jsonString(String value) {
        try {
            return DatabaseJsonFormat.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private record ProductSnapshotPair(Associations before, Associations after) {
        List<FieldChange> changes() {
            return ProductChangeDetector.diffAssociations(before, after);
        }
    }
}
