package io.pimento.web.review;

import io.pimento.catalog.product.ProductResponse;
import io.pimento.catalog.product.ProductService;
import io.pimento.catalog.product.review.ReviewDecision;
import io.pimento.catalog.product.review.ReviewQueueItem;
import io.pimento.catalog.product.review.ReviewService;
import io.pimento.common.ProblemException;
import io.pimento.security.Role;
import io.pimento.web.CatalogLabels;
import io.pimento.web.FieldErrors;
import io.pimento.web.Flash;
import io.pimento.web.Formats;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The review workflow in the UI: the queue of products waiting for a reviewer, and the steps the
 * product page's review block posts (submit, approve, reject with a comment), all through
 * {@link ReviewService}, which changes the status as the API's status endpoint does.
 */
@Path("/ui/review")
@RolesAllowed(Role.REVIEWER_CODE)
public class ReviewPages {

    /** The queue shows the newest submissions; the dashboard shows how many wait in all. */
    private static final int QUEUE_SIZE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<ReviewQueueItem> items, long waiting, CatalogLabels labels);

        /** A refused step: the product's review block again, with the message next to the field. */
        static native TemplateInstance refused(ProductResponse product, ReviewPanel panel);
    }

    private final ReviewService reviews;
    private final ProductService products;
    private final ReviewPanels panels;

    ReviewPages(ReviewService reviews, ProductService products, ReviewPanels panels) {
        this.reviews = reviews;
        this.products = products;
        this.panels = panels;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance queue() {
        List<ReviewQueueItem> items = reviews.queue(QUEUE_SIZE);
        Set<String> families = items.stream().map(ReviewQueueItem::family).filter(f -> f != null).collect(Collectors.toSet());
        return Templates.queue(items, reviews.waiting(), CatalogLabels.of(families, Set.of(), "en_US"));
    }

    @POST
    @Path("/{identifier}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Role.EDITOR_CODE)
    public Response submit(@RestPath String identifier, @RestForm Integer version, @RestForm String comment) {
        return decide(identifier, ReviewDecision.SUBMIT, version, comment);
    }

    @POST
    @Path("/{identifier}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response approve(@RestPath String identifier, @RestForm Integer version, @RestForm String comment) {
        return decide(identifier, ReviewDecision.APPROVE, version, comment);
    }

    @POST
    @Path("/{identifier}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response reject(@RestPath String identifier, @RestForm Integer version, @RestForm String comment) {
        return decide(identifier, ReviewDecision.REJECT, version, comment);
    }

    private Response decide(String identifier, ReviewDecision decision, Integer version, String comment) {
        try {
            ProductResponse product = reviews.decide(identifier, decision, comment, version);
            String page = "/ui/products/" + Formats.urlPath(product.identifier());
            return switch (decision) {
                case SUBMIT -> Flash.redirect(URI.create(page), Flash.Kind.SUCCESS, "Submitted for review.");
                // a reviewer goes on with the queue
                case APPROVE -> Flash.redirect(URI.create("/ui/review"), Flash.Kind.SUCCESS, product.identifier() + " approved.");
                case REJECT -> Flash.redirect(URI.create("/ui/review"), Flash.Kind.SUCCESS,
                        product.identifier() + " sent back to draft with your comment.");
            };
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            ProductResponse product = products.get(identifier);
            return Response.status(e.status())
                    .entity(Templates.refused(product, panels.of(product, comment, FieldErrors.of(e)))).build();
        }
    }
}
