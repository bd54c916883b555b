package io.pimento.akeneo.product;

import io.pimento.akeneo.HalList;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Akeneo 7's product reads by uuid ({@code /api/rest/v1/products-uuid}): the same products, filters
 * and pages as {@code /products}, with self links by uuid. Writes by uuid are not served yet
 * (docs/akeneo-api.md): they go through {@code /products/{identifier}}.
 */
@Path("/api/rest/v1/products-uuid")
@Produces(MediaType.APPLICATION_JSON)
public class AkeneoProductUuidResource {

    private final AkeneoProducts reads;

    AkeneoProductUuidResource(AkeneoProducts reads) {
        this.reads = reads;
    }

    @GET
    @RolesAllowed(Role.VIEWER_CODE)
    public HalList<AkeneoProduct> list(@Context UriInfo uri,
                                       @RestQuery("pagination_type") String paginationType, @RestQuery String page,
                                       @RestQuery String limit, @RestQuery("search_after") String searchAfter,
                                       @RestQuery("with_count") String withCount, @RestQuery String search,
                                       @RestQuery("search_scope") String searchScope, @RestQuery("search_locale") String searchLocale,
                                       @RestQuery String scope, @RestQuery("locales") String localeList,
                                       @RestQuery String attributes, @RestQuery("with_completenesses") String withCompletenesses) {
        return reads.list(new AkeneoProducts.ListRequest(paginationType, page, limit, searchAfter, withCount, search, searchScope,
                searchLocale, scope, localeList, attributes, withCompletenesses), AkeneoProducts.Keyed.UUID, uri);
    }

    @GET
    @Path("{uuid}")
    @RolesAllowed(Role.VIEWER_CODE)
    public AkeneoProduct get(@RestPath String uuid, @RestQuery("with_completenesses") String withCompletenesses, @Context UriInfo uri) {
        return reads.getByUuid(uuid, withCompletenesses, uri);
    }
}
