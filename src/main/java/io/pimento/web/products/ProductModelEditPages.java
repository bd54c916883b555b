package io.pimento.web.products;

import io.pimento.catalog.category.CategoryService;
import io.pimento.catalog.category.CategoryTreeNode;
import io.pimento.catalog.product.ProductModelPayload;
import io.pimento.catalog.product.ProductModelResponse;
import io.pimento.catalog.product.ProductModelService;
import io.pimento.catalog.product.Written;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.common.FieldError;
import io.pimento.common.ProblemException;
import io.pimento.security.Role;
import io.pimento.web.FieldErrors;
import io.pimento.web.Flash;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The product model edit form: the product edit form ({@link ProductEditLayout}, the same
 * template) with the values of the model's level only and its categories, saved as a PATCH through
 * {@link ProductModelService} with the version the form was opened at. Its variants inherit what
 * is saved. A stale save is refused (409) with the posted values kept and nothing written.
 */
@Path("/ui/product-models/{code}/edit")
@RolesAllowed(Role.EDITOR_CODE)
@Produces(MediaType.TEXT_HTML)
public class ProductModelEditPages {

    private static final Set<String> FIELDS = Set.of("values", "categories");

    private final ProductModelService models;
    private final CategoryService categories;
    private final CatalogSchemas schemas;

    ProductModelEditPages(ProductModelService models, CategoryService categories, CatalogSchemas schemas) {
        this.models = models;
        this.categories = categories;
        this.schemas = schemas;
    }

    @GET
    public TemplateInstance edit(@RestPath String code, @RestQuery String locale, @RestQuery String channel) {
        ProductModelResponse model = models.get(code);
        ProductEditLayout layout = layout(model, locale, channel);
        return ProductEditPages.Templates.edit(layout.form(layout.storedInputs(), true, own(model, layout), model.version(), FieldErrors.NONE, null,
                Set.of(), tree(layout)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String code, MultivaluedMap<String, String> form) {
        ProductModelResponse current = models.get(code);
        ProductEditLayout layout = layout(current, ProductEditPages.first(form, "locale"), ProductEditPages.first(form, "channel"));
        Map<String, List<String>> posted = layout.postedInputs(name -> form.getOrDefault(name, List.of()));
        List<String> categories = form.getOrDefault("categories", List.of()).stream().filter(c -> !c.isBlank()).distinct().toList();
        Integer seen = ProductEditPages.version(ProductEditPages.first(form, "version"));
        if (seen == null) {
            return Response.status(400).entity(ProductEditPages.Templates.edit(layout.form(posted, true, categories, current.version(),
                    new FieldErrors(List.of(new FieldError("version", "this form does not say which version it edits; reload the page"))),
                    null, Set.of(), tree(layout)))).build();
        }
        ProductModelPayload payload = new ProductModelPayload(null, null, null, categories,
                ProductEditPages.changedValues(layout, posted), null, seen);
        try {
            Written<ProductModelResponse> written = models.patch(current.code(), payload, FIELDS, null);
            int version = written.resource().version();
            String message = version == seen ? "Nothing to save: no value changed." : "Product model saved (version %d).".formatted(version);
            UriBuilder back = UriBuilder.fromPath("/ui/product-models/{code}/edit").queryParam("locale", layout.locale);
            if (layout.channel != null) {
                back.queryParam("channel", layout.channel);
            }
            return Flash.redirect(back.build(current.code()), Flash.Kind.SUCCESS, message);
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            FieldErrors errors = e.status() == 409
                    ? new FieldErrors(List.of(new FieldError("version", ("Not saved: someone else saved this product model after you opened it"
                    + " (you edited version %d, it is now at version %d). Nothing of yours was written: copy your changes, reload the form and save again.")
                    .formatted(seen, models.get(code).version()))))
                    : FieldErrors.of(e);
            return Response.status(e.status()).entity(ProductEditPages.Templates.edit(layout.form(posted, true, categories, seen, errors, null, Set.of(),
                    tree(layout)))).build();
        }
    }

    private ProductEditLayout layout(ProductModelResponse model, String locale, String channel) {
        ProductModelResponse parent = model.parent() == null ? null : models.get(model.parent());
        return new ProductEditLayout(model, parent, schemas.current(), locale, channel);
    }

    private CategoryTreeNode tree(ProductEditLayout layout) {
        String root = layout.categoryTree();
        return root == null ? null : categories.tree(root);
    }

    /** The categories the model itself is in (a sub-model's response adds its root's). */
    private static List<String> own(ProductModelResponse model, ProductEditLayout layout) {
        return model.categories().stream().filter(c -> !layout.inheritsCategory(c)).toList();
    }
}
