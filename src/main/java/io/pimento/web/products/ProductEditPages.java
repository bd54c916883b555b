package io.pimento.web.products;

import io.pimento.catalog.category.CategoryService;
import io.pimento.catalog.category.CategoryTreeNode;
import io.pimento.catalog.product.ProductModelResponse;
import io.pimento.catalog.product.ProductModelService;
import io.pimento.catalog.product.ProductPayload;
import io.pimento.catalog.product.ProductResponse;
import io.pimento.catalog.product.ProductService;
import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.Written;
import io.pimento.history.HistoryEntryPayload;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.common.FieldError;
import io.pimento.common.ProblemException;
import io.pimento.security.Role;
import io.pimento.web.FieldErrors;
import io.pimento.web.Flash;
import io.pimento.web.products.ProductEditForm.Conflict;
import io.pimento.web.products.ProductEditLayout.Shown;
import io.quarkus.qute.CheckedTemplate;
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

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The product edit form, for editors: one locale and channel at a time, an input per attribute
 * type, enabled and categories. Saving is a PATCH through {@link ProductService} (the API's write
 * path: validation, completeness, history) carrying the version the form was opened at, so a save
 * by someone else meanwhile is refused (409) and shown, never overwritten.
 */
@Path("/ui/products/{identifier}/edit")
@RolesAllowed(Role.EDITOR_CODE)
@Produces(MediaType.TEXT_HTML)
public class ProductEditPages {

    /** Enough history to cover what others saved while a form was open. */
    private static final int CHANGES_READ = 100;
    private static final Set<String> FIELDS = Set.of("values", "enabled", "categories");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(ProductEditForm form);
    }

    private final ProductService products;
    private final ProductModelService models;
    private final CategoryService categories;
    private final CatalogSchemas schemas;

    ProductEditPages(ProductService products, ProductModelService models, CategoryService categories, CatalogSchemas schemas) {
        this.products = products;
        this.models = models;
        this.categories = categories;
        this.schemas = schemas;
    }

    @GET
    public TemplateInstance edit(@RestPath String identifier, @RestQuery String locale, @RestQuery String channel) {
        ProductResponse product = products.get(identifier);
        ProductEditLayout layout = layout(product, locale, channel);
        return Templates.edit(layout.form(layout.storedInputs(), product.enabled(), own(product, layout), product.version(),
                FieldErrors.NONE, null, Set.of(), tree(layout)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestPath String identifier, MultivaluedMap<String, String> form) {
        ProductResponse current = products.get(identifier);
        ProductEditLayout layout = layout(current, first(form, "locale"), first(form, "channel"));
        Map<String, List<String>> posted = layout.postedInputs(name -> form.getOrDefault(name, List.of()));
        boolean enabled = "true".equals(first(form, "enabled"));
        List<String> categories = form.getOrDefault("categories", List.of()).stream().filter(c -> !c.isBlank()).distinct().toList();
        Integer seen = version(first(form, "version"));
        if (seen == null) {
            return Response.status(400).entity(Templates.edit(layout.form(posted, enabled, categories, current.version(),
                    new FieldErrors(List.of(new FieldError("version", "this form does not say which version it edits; reload the page"))),
                    null, Set.of(), tree(layout)))).build();
        }
        ProductPayload payload = new ProductPayload(null, null, null, null, categories, enabled, null, changedValues(layout, posted),
                null, seen);
        try {
            Written<ProductResponse> written = products.patch(current.identifier(), payload, FIELDS, null);
            int version = written.resource().version();
            String message = version == seen ? "Nothing to save: no value changed." : "Product saved (version %d).".formatted(version);
            UriBuilder back = UriBuilder.fromPath("/ui/products/{identifier}/edit").queryParam("locale", layout.locale);
            if (layout.channel != null) { // a catalog without channels yet
                back.queryParam("channel", layout.channel);
            }
            return Flash.redirect(back.build(current.identifier()), Flash.Kind.SUCCESS, message);
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            ProductResponse now = products.get(identifier);
            if (e.status() == 409 && now.version() != seen) {
                return conflict(now, layout.locale, layout.channel, seen, posted, enabled, categories);
            }
            return Response.status(e.status()).entity(Templates.edit(layout.form(posted, enabled, categories, seen,
                    FieldErrors.of(e), null, Set.of(), tree(layout)))).build();
        }
    }

    /** The values whose inputs differ from what is stored: only those are sent, so a save changes what the user changed. */
    static Map<String, List<ProductValue>> changedValues(ProductEditLayout layout, Map<String, List<String>> posted) {
        Map<String, List<ProductValue>> values = new TreeMap<>();
        for (Shown attribute : layout.editable()) {
            Map<String, List<String>> mine = ProductEditLayout.of(attribute, posted);
            if (!mine.equals(ValueInputs.of(attribute.schema(), layout.stored(attribute), layout.currencies()))) {
                values.put(attribute.code(), List.of(new ProductValue(attribute.locale(), attribute.scope(),
                        ValueInputs.data(attribute.schema(), mine, layout.currencies()))));
            }
        }
        return values;
    }

    /**
     * The form again after a refused stale save: the changes others saved since version {@code seen};
     * in each field, the other writer's value where this user left it as it was, this user's where
     * they changed it (marked when both changed it). Saving it again applies the user's changes on
     * top of the others'.
     */
    private Response conflict(ProductResponse now, String locale, String channel, int seen, Map<String, List<String>> posted,
                              boolean enabled, List<String> categories) {
        ProductEditLayout layout = layout(now, locale, channel);
        List<HistoryEntryPayload> since = products.history(now.identifier(), CHANGES_READ, null).items().stream()
                .filter(item -> item.version() != null && item.version() > seen).toList();
        // the value each changed field had when the form was opened: the "before" of its oldest change since
        Map<String, Object> opened = new HashMap<>();
        for (int i = since.size() - 1; i >= 0; i--) {
            since.get(i).changes().forEach(change -> {
                if (!opened.containsKey(change.field())) {
                    opened.put(change.field(), change.before());
                }
            });
        }
        Map<String, List<String>> merged = new HashMap<>(posted);
        Set<String> clashes = new HashSet<>();
        for (Shown attribute : layout.editable()) {
            if (!opened.containsKey(attribute.historyField())) {
                continue;
            }
            Map<String, List<String>> mine = ProductEditLayout.of(attribute, posted);
            Map<String, List<String>> theirs = ValueInputs.of(attribute.schema(), layout.stored(attribute), layout.currencies());
            if (mine.equals(ValueInputs.of(attribute.schema(), opened.get(attribute.historyField()), layout.currencies()))) {
                mine.keySet().forEach(merged::remove);
                merged.putAll(theirs);
            } else if (!mine.equals(theirs)) {
                clashes.add(attribute.code());
            }
        }
        boolean mergedEnabled = opened.containsKey("enabled") && Boolean.valueOf(enabled).equals(opened.get("enabled")) ? now.enabled() : enabled;
        List<String> mergedCategories = categories;
        if (opened.get("categories") instanceof List<?> before
                && new TreeSet<>(before.stream().map(String::valueOf).toList()).equals(new TreeSet<>(categories))) {
            mergedCategories = own(now, layout);
        }
        return Response.status(409).entity(Templates.edit(layout.form(merged, mergedEnabled, mergedCategories, now.version(),
                FieldErrors.NONE, new Conflict(seen, now.version(), since), clashes, tree(layout)))).build();
    }

    private ProductEditLayout layout(ProductResponse product, String locale, String channel) {
        ProductModelResponse model = product.parent() == null ? null : models.get(product.parent());
        return new ProductEditLayout(product, model, schemas.current(), locale, channel);
    }

    private CategoryTreeNode tree(ProductEditLayout layout) {
        String root = layout.categoryTree();
        return root == null ? null : categories.tree(root);
    }

    /** The categories the product itself is in (a variant's response adds its models'). */
    private static List<String> own(ProductResponse product, ProductEditLayout layout) {
        return product.categories().stream().filter(c -> !layout.inheritsCategory(c)).toList();
    }

    static String first(MultivaluedMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }

    static Integer version(String text) {
        try {
            return text.isEmpty() ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
