package io.pimento.akeneo.product;

import io.pimento.akeneo.AkeneoException;
import io.pimento.akeneo.Pagination;
import io.pimento.common.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Selects the ids of a page of products matching Akeneo filters, in creation order (the id): by
 * offset in page mode, by keyset after the cursor's id in search_after mode (so a full sync costs
 * the same on its last page as on its first). The products themselves are then read through the
 * catalog's {@code ProductService}, as every other read.
 */
@ApplicationScoped
public class ProductFinder {

    private static final String PRODUCTS = " from product p left join product_model m1 on m1.id = p.parent_id"
            + " left join product_model m2 on m2.id = m1.parent_id where ";
    /** Product models, as {@code p}, with their parent as {@code m1} (and no {@code m2}: models have two levels at most). */
    private static final String MODELS = " from product_model p join family_variant fv on fv.code = p.family_variant"
            + " left join product_model m1 on m1.id = p.parent_id left join product_model m2 on m2.id = m1.parent_id where ";

    /** Ids of the page, plus one more when there is a next page. */
    public record Ids(List<Long> ids, boolean more) {
    }

    private final EntityManager em;

    ProductFinder(EntityManager em) {
        this.em = em;
    }

    public Ids page(ProductFilters.Sql filter, Pagination pagination) {
        return page(ProductFilters.Target.PRODUCTS, filter, pagination);
    }

    public Ids page(ProductFilters.Target target, ProductFilters.Sql filter, Pagination pagination) {
        String from = target == ProductFilters.Target.PRODUCTS ? PRODUCTS : MODELS;
        String where = filter.where();
        long after = 0;
        if (pagination.searchAfter() && pagination.after() != null) {
            after = cursorId(pagination.after());
            where = "(" + where + ") and p.id > :after";
        }
        Query query = em.createNativeQuery("select p.id" + from + where + " order by p.id", Long.class);
        filter.parameters().forEach(query::setParameter);
        if (pagination.searchAfter() && pagination.after() != null) {
            query.setParameter("after", after);
        }
        if (!pagination.searchAfter()) {
            query.setFirstResult(pagination.offset());
        }
        query.setMaxResults(pagination.limit() + 1);
        @SuppressWarnings("unchecked")
        List<Long> ids = ((List<Number>) query.getResultList()).stream().map(Number::longValue).toList();
        boolean more = ids.size() > pagination.limit();
        return new Ids(more ? ids.subList(0, pagination.limit()) : ids, more);
    }

    public long count(ProductFilters.Sql filter) {
        return count(ProductFilters.Target.PRODUCTS, filter);
    }

    public long count(ProductFilters.Target target, ProductFilters.Sql filter) {
        String from = target == ProductFilters.Target.PRODUCTS ? PRODUCTS : MODELS;
        Query query = em.createNativeQuery("select count(*)" + from + filter.where(), Long.class);
        filter.parameters().forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The identifier of the product with this uuid. */
    public Optional<String> identifierOf(UUID uuid) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("select identifier from product where uuid = :uuid", String.class)
                .setParameter("uuid", uuid).getResultList();
        return found.stream().findFirst();
    }

    public static String cursor(long id) {
        return Cursor.encode(String.valueOf(id));
    }

    private static long cursorId(String cursor) {
        try {
            return Long.parseLong(new String(java.util.Base64.getUrlDecoder().decode(cursor), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw AkeneoException.unprocessable("Parameter \"search_after\" is not a cursor this API gave: \"%s\""
                    .formatted(io.pimento.common.Texts.abbreviate(cursor)));
        }
    }
}
