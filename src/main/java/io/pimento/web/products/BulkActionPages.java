package io.pimento.web.products;

import io.pimento.bulkactions.BulkAction;
import io.pimento.bulkactions.BulkActionRequest;
import io.pimento.bulkactions.BulkActionService;
import io.pimento.bulkactions.BulkActionView;
import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.product.schema.AttributeSchema;
import io.pimento.catalog.product.schema.CatalogSchemas;
import io.pimento.common.FieldError;
import io.pimento.common.ProblemException;
import io.pimento.security.Role;
import io.pimento.web.FieldErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk actions from the product grid: the products ticked (or every result of the search) and an
 * action to choose, then the job's page with its live progress and report. Everything goes
 * through {@link BulkActionService}, the service of {@code /api/v1/products/bulk-actions}.
 */
@Path("/ui/bulk-actions")
@RolesAllowed(Role.EDITOR_CODE)
public class BulkActionPages {

    /** The grid's search filters a "select all results" carries over. */
    /** The errors the form shows next to their input; any other is shown on top. */
    private static final List<String> FIELDS_SHOWN = List.of("action.type", "action.categories", "action.attribute", "action.data",
            "action.status", "status", "confirm");
    private static final List<String> FILTERS = List.of("q", "family", "category", "status", "enabled", "completeness", "channel", "locale");

    /**
     * What the grid selected and the action being chosen. {@code identifier} holds the ticked
     * products; with {@code all}, the search filters are the selection instead. The action's
     * inputs are prefixed ({@code actionStatus}) so they never mix with the search's {@code status}.
     */
    public static class BulkForm {
        @RestForm public List<String> identifier;
        @RestForm public boolean all;
        @RestForm public String q;
        @RestForm public String family;
        @RestForm public String category;
        @RestForm public String status;
        @RestForm public String enabled;
        @RestForm public String completeness;
        @RestForm public String channel;
        @RestForm public String locale;
        @RestForm public String action;
        @RestForm public String actionCategories;
        @RestForm public String actionAttribute;
        @RestForm public String actionLocale;
        @RestForm public String actionScope;
        @RestForm public String actionValue;
        @RestForm public String actionStatus;
        @RestForm public boolean confirm;

        /** The search filters as the search service takes them (blank ones left out). */
        public Map<String, List<String>> query() {
            Map<String, List<String>> query = new LinkedHashMap<>();
            String[] values = {q, family, category, status, enabled, completeness, channel, locale};
            for (int i = 0; i < FILTERS.size(); i++) {
                if (values[i] != null && !values[i].isBlank()) {
                    query.put(FILTERS.get(i), List.of(values[i]));
                }
            }
            return query;
        }

        /** The search filters as hidden inputs, so the form posts the same selection it shows. */
        public List<Map.Entry<String, String>> filters() {
            return query().entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue().get(0))).toList();
        }

        public List<String> identifiers() {
            return identifier == null ? List.of() : identifier.stream().filter(i -> i != null && !i.isBlank()).distinct().toList();
        }

        /** Back to the grid as it was. */
        public String gridQuery() {
            StringBuilder query = new StringBuilder();
            filters().forEach(f -> query.append(query.isEmpty() ? "" : "&").append(f.getKey()).append('=')
                    .append(URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)));
            return query.toString();
        }

        public boolean isAction(String code) {
            return code.equals(action);
        }

        public String text(String value) {
            return value == null ? "" : value;
        }
    }

    /** An option of the action select. */
    public record ActionChoice(String code, String label) {
        static final List<ActionChoice> ALL = List.of(
                new ActionChoice("enable", "Enable"),
                new ActionChoice("disable", "Disable"),
                new ActionChoice("add_categories", "Add to categories"),
                new ActionChoice("remove_categories", "Remove from categories"),
                new ActionChoice("set_value", "Set an attribute value"),
                new ActionChoice("clear_value", "Clear an attribute value"),
                new ActionChoice("set_status", "Change the enrichment status"),
                new ActionChoice("delete", "Delete"));
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(BulkForm form, long count, List<ActionChoice> actions, FieldErrors errors,
                                            List<FieldError> otherErrors);

        static native TemplateInstance job(BulkActionView job);

        static native TemplateInstance job$progress(BulkActionView job);
    }

    private final BulkActionService bulkActions;
    private final CatalogSchemas schemas;

    BulkActionPages(BulkActionService bulkActions, CatalogSchemas schemas) {
        this.bulkActions = bulkActions;
        this.schemas = schemas;
    }

    /**
     * The action form for what the grid selected: the ticked products, or every result of its
     * search. A POST: a page of ticked identifiers would not fit in a URL.
     */
    @POST
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public Response choose(@BeanParam BulkForm form) {
        return page(form, FieldErrors.NONE, 200);
    }

    /** Starts the job and shows it (303); a refused action comes back with each error next to its input. */
    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response start(@BeanParam BulkForm form) {
        try {
            BulkActionView job = bulkActions.start(new BulkActionRequest(form.all ? null : form.identifiers(),
                    form.all ? form.query() : null, action(form), form.confirm));
            return Response.seeOther(URI.create("/ui/bulk-actions/" + job.id())).build();
        } catch (ProblemException e) {
            return page(form, FieldErrors.of(e), e.status());
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance job(@RestPath long id) {
        return Templates.job(bulkActions.get(id));
    }

    /** The part of the job page that htmx refreshes every second while the job runs. */
    @GET
    @Path("/{id}/progress")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance progress(@RestPath long id) {
        return Templates.job$progress(bulkActions.get(id));
    }

    private Response page(BulkForm form, FieldErrors errors, int status) {
        long count;
        try {
            count = form.all ? bulkActions.count(form.query()) : form.identifiers().size();
        } catch (ProblemException e) {
            count = 0;
            errors = FieldErrors.of(e);
            status = e.status();
        }
        return Response.status(status).entity(Templates.form(form, count, ActionChoice.ALL, errors, errors.except(FIELDS_SHOWN))).build();
    }

    /** The action the inputs say; a value is typed as the attribute needs it (a yes/no is a boolean), as the edit form types it. */
    private BulkAction action(BulkForm form) {
        List<String> categories = form.actionCategories == null ? null : Arrays.stream(form.actionCategories.split(","))
                .map(String::strip).filter(c -> !c.isEmpty()).toList();
        Object data = form.actionValue == null || form.actionValue.isBlank() ? null : form.actionValue.strip();
        AttributeSchema attribute = form.actionAttribute == null ? null : schemas.current().attribute(form.actionAttribute.strip());
        if (data != null && attribute != null && attribute.type() != AttributeType.PRICE_COLLECTION && attribute.type() != AttributeType.METRIC) {
            String code = attribute.code();
            data = attribute.type() == AttributeType.MULTISELECT
                    ? Arrays.stream(data.toString().split(",")).map(String::strip).filter(c -> !c.isEmpty()).toList()
                    : ValueInputs.data(attribute, Map.of(ValueInputs.name(code), List.of(data.toString())), List.of());
        }
        return new BulkAction(form.action, categories, form.actionAttribute == null ? null : form.actionAttribute.strip(),
                form.actionLocale, form.actionScope, data, form.actionStatus);
    }
}
