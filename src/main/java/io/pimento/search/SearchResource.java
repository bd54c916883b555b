package io.pimento.search;

import io.pimento.common.BadRequestException;
import io.pimento.common.Page;
import io.pimento.search.indexing.ReindexService;
import io.pimento.search.indexing.ReindexStatus;
import io.pimento.search.indexing.SetAsideProduct;
import io.pimento.search.query.ProductSearchResult;
import io.pimento.search.query.ProductSearchService;
import io.pimento.search.query.Suggestion;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;

/** Product search, suggestions and the index rebuild. Parameters are documented in docs/api.md. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    ProductSearchService search;

    @Inject
    ReindexService reindex;

    /** Query parameters are read whole: attribute filters ({@code attr.<code>}) are open-ended. */
    @GET
    @Path("/products")
    @RolesAllowed(Role.VIEWER_CODE)
    public ProductSearchResult products(@Context UriInfo uri) {
        return search.search(uri.getQueryParameters());
    }

    @GET
    @Path("/suggest")
    @RolesAllowed(Role.VIEWER_CODE)
    public Suggestion.Suggestions suggest(@Context UriInfo uri) {
        return search.suggest(uri.getQueryParameters());
    }

    @POST
    @Path("/reindex")
    @RolesAllowed(Role.ADMIN_CODE)
    public Response startReindex(@QueryParam("recreate") String recreate) {
        // strict: a misspelt "ture" must not quietly mean "refresh in place"
        if (recreate != null && !recreate.equals("true") && !recreate.equals("false")) {
            throw BadRequestException.of("recreate", "recreate must be true or false");
        }
        ReindexStatus status = reindex.start("true".equals(recreate));
        return Response.accepted(status).location(URI.create("/api/v1/search/reindex")).build();
    }

    @GET
    @Path("/reindex")
    @RolesAllowed(Role.ADMIN_CODE)
    public ReindexStatus reindexStatus() {
        return reindex.status();
    }

    /** Products whose documents OpenSearch kept refusing: not searchable until edited or reindexed. */
    @GET
    @Path("/set-aside")
    @RolesAllowed(Role.ADMIN_CODE)
    public Page<SetAsideProduct> setAside(@QueryParam("limit") Integer limit, @QueryParam("after") String after) {
        return reindex.setAside(limit, after);
    }
}
