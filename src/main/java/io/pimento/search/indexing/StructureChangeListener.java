package io.pimento.search.indexing;

import io.pimento.catalog.StructureChanged;
import io.pimento.catalog.category.Category;
import io.pimento.catalog.family.Family;
import io.pimento.search.mapping.CatalogStructure;
import io.pimento.search.mapping.CatalogStructures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Objects;
import java.util.Optional;

/**
 * Keeps documents in step with the structure they were built from, in the transaction of the
 * structure change (which also moves the shared {@code StructureVersion}, so every instance
 * reloads its copy): re-enqueues the products whose documents a change makes stale: those of a
 * family whose label attribute changed, and those in a category subtree that moved.
 */
@ApplicationScoped
public class StructureChangeListener {

    @Inject
    EntityManager entityManager;

    @Inject
    CatalogStructures structures;

    @Transactional
    void onStructureChanged(@Observes StructureChanged event) {
        if (event.code() == null) {
            return;
        }
        // What the documents were built with (read outside this transaction), against what it is now.
        CatalogStructure indexed = structures.current();
        switch (event.kind()) {
            case "family" -> {
                Optional<String> before = indexed.labelAttribute(event.code());
                Family family = entityManager.find(Family.class, event.code());
                if (family != null && indexed.hasFamily(event.code())
                        && !Objects.equals(before.orElse(null), family.attributeAsLabel)) {
                    enqueue("select id from product where family = :code", event.code());
                }
            }
            case "category" -> {
                String before = indexed.categoryPaths().get(event.code());
                Category category = entityManager.find(Category.class, event.code());
                if (category != null && before != null && !before.equals(category.path)) {
                    enqueueSubtree(category.path);
                }
            }
            default -> {
                // other structure changes do not change what is indexed, or come with ProductsChanged
            }
        }
    }

    private void enqueue(String productIdsQuery, String parameter) {
        entityManager.createNativeQuery("insert into search_outbox (entity_type, entity_id, enqueued_at) "
                        + "select '" + SearchOutbox.PRODUCT + "', id, clock_timestamp() from (" + productIdsQuery + ") ids")
                .setParameter("code", parameter)
                .executeUpdate();
    }

    /** Products in the subtree, directly or through their product models (two levels). */
    private void enqueueSubtree(String path) {
        String inSubtree = """
                exists (select 1 from jsonb_array_elements_text(%s.categories) c(code)
                        join category k on k.code = c.code where k.path like :code)""";
        enqueue("""
                select p.id from product p where %s
                   or p.parent_id in (select m.id from product_model m where %s
                       or m.parent_id in (select r.id from product_model r where %s))"""
                .formatted(inSubtree.formatted("p"), inSubtree.formatted("m"), inSubtree.formatted("r")),
                path.replace("_", "\\_").replace("%", "\\%") + "%");
    }
}
