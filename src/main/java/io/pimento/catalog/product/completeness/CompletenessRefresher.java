package io.pimento.catalog.product.completeness;

import io.pimento.catalog.StructureChanged;
import io.pimento.catalog.product.Completeness;
import io.pimento.catalog.product.Lineage;
import io.pimento.catalog.product.ModelLineages;
import io.pimento.catalog.product.Product;
import io.pimento.catalog.product.ProductValues;
import io.pimento.catalog.product.ProductsChanged;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps stored completeness in step with the structure: after a family, channel or attribute
 * change is committed, the products it may affect are recomputed in batches (each batch its own
 * transaction), without history or a new version; products whose completeness moved are
 * announced with {@link ProductsChanged}. Product model writes use {@link #refresh} for their
 * variant products.
 */
@ApplicationScoped
public class CompletenessRefresher {

    private static final Logger LOG = Logger.getLogger(CompletenessRefresher.class);
    static final int BATCH_SIZE = 500;
    private static final Set<String> KINDS = Set.of("family", "channel", "attribute");
    private static final Object PENDING = CompletenessRefresher.class.getName() + ".pending";

    private final CatalogSchemas schemas;
    private final ModelLineages lineages;
    private final Event<ProductsChanged> productsChanged;
    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;

    CompletenessRefresher(CatalogSchemas schemas, ModelLineages lineages, Event<ProductsChanged> productsChanged, EntityManager em,
                          TransactionSynchronizationRegistry transactions) {
        this.schemas = schemas;
        this.transactions = transactions;
        this.lineages = lineages;
        this.productsChanged = productsChanged;
        this.em = em;
    }

    /**
     * Collects the structure changes of a transaction and recomputes once it committed: a single
     * admin transaction often fires many events (a family with its attributes), one reload is enough.
     */
    void onStructureChanged(@Observes StructureChanged event) {
        if (!KINDS.contains(event.kind())) {
            return;
        }
        if (transactions.getTransactionKey() == null) {
            refreshAfter(Set.of(event));
            return;
        }
        @SuppressWarnings("unchecked")
        Set<StructureChanged> pending = (Set<StructureChanged>) transactions.getResource(PENDING);
        if (pending == null) {
            Set<StructureChanged> events = new LinkedHashSet<>();
            transactions.putResource(PENDING, events);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        refreshAfter(events);
                    }
                }
            });
            pending = events;
        }
        pending.add(event);
    }

    private void refreshAfter(Set<StructureChanged> events) {
        try {
            schemas.invalidate();
            CatalogSchema schema = schemas.current();
            Set<String> families = new TreeSet<>();
            events.forEach(event -> families.addAll(affectedFamilies(event, schema)));
            families.forEach(family -> refreshFamily(family, schema));
        } catch (RuntimeException e) {
            // The structure change is committed already; a failed refresh must not turn it into an error.
            LOG.errorf(e, "Could not recompute completeness after the structure changes %s", events);
        }
    }

    static Set<String> affectedFamilies(StructureChanged event, CatalogSchema schema) {
        Set<String> families = new TreeSet<>();
        switch (event.kind()) {
            case "family" -> families.add(event.code());
            case "channel" -> schema.families().stream()
                    .filter(f -> f.requirements().containsKey(event.code()))
                    .forEach(f -> families.add(f.code()));
            case "attribute" -> schema.families().stream()
                    .filter(f -> f.requirements().values().stream().anyMatch(codes -> codes.contains(event.code())))
                    .forEach(f -> families.add(f.code()));
            default -> {
            }
        }
        return families;
    }

    /** Recomputes every product of the family, batch by batch, each batch in a transaction of its own. */
    public void refreshFamily(String family, CatalogSchema schema) {
        long after = 0;
        while (true) {
            long from = after;
            Long last = QuarkusTransaction.requiringNew().call(() -> {
                List<Product> batch = Product.<Product>find("family = ?1 and id > ?2 order by id", family, from)
                        .page(0, BATCH_SIZE).list();
                if (batch.isEmpty()) {
                    return null;
                }
                Set<Long> changed = recompute(batch, schema);
                if (!changed.isEmpty()) {
                    em.flush();
                    productsChanged.fire(ProductsChanged.bulk(changed));
                }
                return batch.get(batch.size() - 1).id;
            });
            if (last == null) {
                return;
            }
            after = last;
        }
    }

    /**
     * Recomputes the given products in the caller's transaction (after their product model changed)
     * and returns the ids whose completeness moved. Firing {@link ProductsChanged} is the caller's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Long> refresh(Collection<Long> productIds, CatalogSchema schema) {
        Set<Long> changed = new LinkedHashSet<>();
        List<Long> ids = List.copyOf(new TreeSet<>(productIds));
        for (int i = 0; i < ids.size(); i += BATCH_SIZE) {
            List<Product> batch = Product.list("id in ?1", ids.subList(i, Math.min(ids.size(), i + BATCH_SIZE)));
            changed.addAll(recompute(batch, schema));
        }
        em.flush();
        return changed;
    }

    private Set<Long> recompute(List<Product> products, CatalogSchema schema) {
        Map<Long, Lineage> parents = lineages.of(products.stream().map(p -> p.parentId).filter(Objects::nonNull).toList());
        Set<Long> changed = new LinkedHashSet<>();
        for (Product product : products) {
            Lineage parent = product.parentId == null ? null : parents.get(product.parentId);
            ProductValues values = parent == null ? product.values : parent.values().mergedWith(product.values);
            Completeness completeness = CompletenessCalculator.compute(product.family, values, schema);
            if (!completeness.equals(product.completeness)) {
                product.completeness = completeness;
                changed.add(product.id);
            }
        }
        return changed;
    }
}
