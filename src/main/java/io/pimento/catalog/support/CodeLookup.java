package io.pimento.catalog.support;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds structure entities by code, case-insensitively (codes are unique regardless of case),
 * so references given as {@code SKU} resolve to the stored {@code sku}.
 */
public final class CodeLookup {

    private CodeLookup() {
    }

    public static <E> Optional<E> find(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        EntityManager em = Panache.getEntityManager();
        E exact = em.find(type, code);
        if (exact != null) {
            return Optional.of(exact);
        }
        return em.createQuery("from " + entityName(type) + " e where lower(e.code) = :code", type)
                .setParameter("code", Codes.key(code))
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The entities with these codes, keyed by lower-cased code; unknown codes are simply absent. */
    public static <E> Map<String, E> findAll(Class<E> type, Collection<String> codes, Function<E, String> codeOf) {
        List<String> keys = codes.stream().filter(Objects::nonNull).map(Codes::key).distinct().toList();
        Map<String, E> found = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        Panache.getEntityManager()
                .createQuery("from " + entityName(type) + " e where lower(e.code) in :codes", type)
                .setParameter("codes", keys)
                .getResultList()
                .forEach(e -> found.put(Codes.key(codeOf.apply(e)), e));
        return found;
    }

    public static String entityName(Class<?> type) {
        return Panache.getEntityManager().getMetamodel().entity(type).getName();
    }
}
