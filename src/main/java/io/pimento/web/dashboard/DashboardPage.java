package io.pimento.web.dashboard;

import io.pimento.catalog.category.Category;
import io.pimento.catalog.family.Family;
import io.pimento.catalog.product.Product;
import io.pimento.catalog.product.review.ReviewService;
import io.pimento.imports.ImportJobView;
import io.pimento.imports.ImportService;
import io.pimento.search.indexing.OutboxRepository;
import io.pimento.search.indexing.ReindexService;
import io.pimento.search.indexing.SetAsideProduct;
import io.pimento.security.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The home page of the UI: how big the catalog is, whether search is behind, the last imports. */
@Path("/ui")
@RolesAllowed(Role.VIEWER_CODE)
public class DashboardPage {

    /**
     * Counts read in one go; {@code searchBacklog} is the number of product changes not yet in the
     * search index, {@code searchSetAside} the products whose documents the index kept refusing,
     * {@code inReview} the products waiting for a reviewer.
     */
    public record CatalogCounts(long products, long families, long categories, long searchBacklog, long searchSetAside, long inReview) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(CatalogCounts counts, List<ImportJobView> imports, List<SetAsideProduct> setAside);
    }

    private static final int RECENT_IMPORTS = 5;
    /** The first set-aside products shown; the API lists them all. */
    private static final int SET_ASIDE_SHOWN = 10;

    private final ImportService imports;
    private final ReindexService search;
    private final OutboxRepository outbox;
    private final ReviewService reviews;

    DashboardPage(ImportService imports, ReindexService search, OutboxRepository outbox, ReviewService reviews) {
        this.imports = imports;
        this.search = search;
        this.outbox = outbox;
        this.reviews = reviews;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance dashboard() {
        long setAside = outbox.setAsideCount();
        CatalogCounts counts = new CatalogCounts(Product.count(), Family.count(), Category.count(), outbox.pending(), setAside,
                reviews.waiting());
        List<SetAsideProduct> refused = setAside == 0 ? List.of() : search.setAside(SET_ASIDE_SHOWN, null).items();
        return Templates.dashboard(counts, imports.recent(RECENT_IMPORTS), refused);
    }
}
