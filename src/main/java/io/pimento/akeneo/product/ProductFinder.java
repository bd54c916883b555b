package io.pimento.akeneo.product;

import io.pimento.akeneo.AkeneoException;
import io.pimento.akeneo.Pagination;
import io.pimento.common.Cursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.util.List;

/**
 * Selects the ids of a page of products matching Akeneo filters, in creation order (the id): by
 * offset in page mode, by keyset after the cursor's id in search_after mode (so a full sync costs
 * the same on its last page as on its first). The products themselves are then read through the
 * catalog's {@code ProductService}, as every other read.
 */
@ApplicationScoped
class ProductFinder {

    private static final String FROM = " from product p left join product_model m1 on m1.id = p.parent_id"
            + " left join product_model m2 on m2.id = m1.parent_id where ";

    /** Ids of the page, plus one more when there is a next page. */
    record Ids(List<Long> ids, boolean more) {
    }

    private final EntityManager em;

    ProductFinder(EntityManager em) {
        this.em = em;
    }

    Ids page(ProductFilters.Sql filter, Pagination pagination) {
        String where = filter.where();
        long after = 0;
        if (pagination.searchAfter() && pagination.after() != null) {
            after = cursorId(pagination.after());
            where = "(" + where + ") and p.id > :after";
        }
        Query query = em.createNativeQuery("select p.id" + FROM + where + " order by p.id", Long.class);
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

    long count(ProductFilters.Sql filter) {
        Query query = em.createNativeQuery("select count(*)" + FROM + filter.where(), Long.class);
        filter.parameters().forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    static String cursor(long id) {
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
