package io.pimento.catalog.product;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loads product models with their parents in two queries, for any number of children at once. */
@ApplicationScoped
public class ModelLineages {

    public Lineage of(ProductModel model) {
        return of(List.of(model.id)).get(model.id);
    }

    /** Lineage of each given model id (missing ids are left out). */
    public Map<Long, Lineage> of(Collection<Long> modelIds) {
        if (modelIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ProductModel> models = ProductModel.<ProductModel>list("id in ?1", new TreeSet<>(modelIds)).stream()
                .collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<Long> rootIds = models.values().stream().map(m -> m.parentId).filter(java.util.Objects::nonNull)
                .filter(id -> !models.containsKey(id)).distinct().toList();
        if (!rootIds.isEmpty()) {
            ProductModel.<ProductModel>list("id in ?1", rootIds).forEach(m -> models.put(m.id, m));
        }
        Map<Long, Lineage> lineages = new HashMap<>();
        for (Long id : modelIds) {
            ProductModel model = models.get(id);
            if (model != null) {
                lineages.put(id, lineage(model, model.parentId == null ? null : models.get(model.parentId)));
            }
        }
        return lineages;
    }

    static Lineage lineage(ProductModel model, ProductModel root) {
        if (root == null) {
            return new Lineage(model, null, model.values, model.categories);
        }
        TreeSet<String> categories = new TreeSet<>(root.categories);
        categories.addAll(model.categories);
        return new Lineage(model, root, root.values.mergedWith(model.values), List.copyOf(categories));
    }
}
