package io.pimento.web.dashboard;

import io.pimento.catalog.category.Category;
import io.pimento.catalog.family.Family;
import io.pimento.catalog.product.Product;
import io.pimento.imports.ImportJobView;
import io.pimento.imports.ImportService;
import io.pimento.search.SearchOutboxEntry;
import io.pimento.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The home page of the UI: how big the catalog is, whether search is behind, the last imports. */
@Path("/ui")
@RolesAllowed(Role.VIEWER_CODE)
public class DashboardPage {

    /** Counts read in one go; {@code searchBacklog} is the number of product changes not yet in the search index. */
    public record CatalogCounts(long products, long families, long categories, long searchBacklog) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(CatalogCounts counts, List<ImportJobView> imports);
    }

    private static final int RECENT_IMPORTS = 5;

    private final ImportService imports;

    DashboardPage(ImportService imports) {
        this.imports = imports;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard() {
        CatalogCounts counts = new CatalogCounts(Product.count(), Family.count(), Category.count(), SearchOutboxEntry.count());
        return Templates.dashboard(counts, imports.recent(RECENT_IMPORTS));
    }
}
