package io.pimento.catalog.product;

import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.common.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks what products and product models point at (categories, groups, association types and
 * targets) and returns the references in canonical form: the declared case of identifiers,
 * sorted, without duplicates. Each unknown reference becomes an error naming its field.
 */
@ApplicationScoped
public class ProductReferences {

    private final EntityManager em;

    ProductReferences(EntityManager em) {
        this.em = em;
    }

    public List<String> categories(List<String> given, CatalogSchema schema, List<FieldError> errors) {
        return codes("categories", "category", given, schema::hasCategory, errors);
    }

    public List<String> groups(List<String> given, CatalogSchema schema, List<FieldError> errors) {
        return codes("groups", "group", given, schema::hasGroup, errors);
    }

    private static List<String> codes(String field, String kind, List<String> given, java.util.function.Predicate<String> exists,
                                      List<FieldError> errors) {
        TreeSet<String> codes = new TreeSet<>();
        if (given == null) {
            return List.of();
        }
        for (String code : given) {
            if (code == null || code.isBlank()) {
                errors.add(new FieldError(field, "%s codes must not be empty".formatted(kind)));
            } else if (!exists.test(code)) {
                errors.add(new FieldError(field, "%s '%s' does not exist".formatted(kind, code)));
            } else {
                codes.add(code);
            }
        }
        return List.copyOf(codes);
    }

    /** Checks association types and targets; returns them with canonical, sorted targets. */
    public Associations associations(Map<String, AssociationTargets> given, CatalogSchema schema, List<FieldError> errors) {
        Associations result = new Associations();
        if (given == null) {
            return result;
        }
        List<String> productTargets = new ArrayList<>();
        List<String> modelTargets = new ArrayList<>();
        given.values().stream().filter(java.util.Objects::nonNull).forEach(t -> {
            productTargets.addAll(t.products());
            modelTargets.addAll(t.productModels());
        });
        Map<String, String> products = existing("select p.identifier from Product p where lower(p.identifier) in ?1", productTargets);
        Map<String, String> models = existing("select m.code from ProductModel m where lower(m.code) in ?1", modelTargets);
        new java.util.TreeMap<>(given).forEach((type, targets) -> {
            String field = "associations." + type;
            if (!schema.hasAssociationType(type)) {
                errors.add(new FieldError(field, "association type '%s' does not exist".formatted(type)));
                return;
            }
            if (targets == null) {
                return;
            }
            result.put(type, new AssociationTargets(
                    resolve(field + ".products", "product", targets.products(), c -> products.get(c.toLowerCase(Locale.ROOT)), errors),
                    resolve(field + ".product_models", "product model", targets.productModels(), c -> models.get(c.toLowerCase(Locale.ROOT)), errors),
                    resolve(field + ".groups", "group", targets.groups(), g -> schema.hasGroup(g) ? g : null, errors)));
        });
        return result;
    }

    private static List<String> resolve(String field, String kind, List<String> codes, java.util.function.Function<String, String> canonical,
                                        List<FieldError> errors) {
        TreeSet<String> resolved = new TreeSet<>();
        for (String code : codes) {
            String found = code == null ? null : canonical.apply(code);
            if (found == null) {
                errors.add(new FieldError(field, "%s '%s' does not exist".formatted(kind, code)));
            } else {
                resolved.add(found);
            }
        }
        return List.copyOf(resolved);
    }

    /** Lower-cased identifier or code → its declared form, for those that exist. */
    private Map<String, String> existing(String query, Collection<String> codes) {
        Set<String> lowered = new TreeSet<>();
        codes.stream().filter(java.util.Objects::nonNull).forEach(c -> lowered.add(c.toLowerCase(Locale.ROOT)));
        if (lowered.isEmpty()) {
            return Map.of();
        }
        Map<String, String> found = new HashMap<>();
        em.createQuery(query, String.class).setParameter(1, lowered).getResultList()
                .forEach(code -> found.put(code.toLowerCase(Locale.ROOT), code));
        return found;
    }
}
