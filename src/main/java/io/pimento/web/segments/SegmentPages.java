package io.pimento.web.segments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.common.FieldError;
import io.pimento.common.ProblemException;
import io.pimento.security.Role;
import io.pimento.targeting.segment.EvaluationRequest;
import io.pimento.targeting.segment.EvaluationResponse;
import io.pimento.targeting.segment.SegmentEvaluations;
import io.pimento.targeting.segment.SegmentPayload;
import io.pimento.targeting.segment.SegmentService;
import io.pimento.targeting.condition.ConditionParser;
import io.pimento.web.ConfirmPage;
import io.pimento.web.CurrentUser;
import io.pimento.web.FieldErrors;
import io.pimento.web.Flash;
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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.List;

/**
 * Segments: the list with a "try it" box (which segments a visitor context matches, and what
 * held), and the form whose condition editor builds the tree with rows and groups (htmx re-renders
 * the editor after each add or remove), with a JSON textarea as the advanced way. Viewers read,
 * editors write.
 */
@Path("/ui/segments")
@RolesAllowed(Role.VIEWER_CODE)
@Produces(MediaType.TEXT_HTML)
public class SegmentPages {

    private static final int PAGE = 100;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HTMX = "HX-Request";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<SegmentPayload> segments, String next, TryIt tryIt);

        static native TemplateInstance index$tryResult(TryIt tryIt);

        static native TemplateInstance form(SegmentForm form);

        static native TemplateInstance form$condition(SegmentForm form);
    }

    /** The "try it" box: the context as typed, and what the evaluation answered (or why it could not). */
    public record TryIt(String context, EvaluationResponse result, FieldErrors errors) {
        static final TryIt EMPTY = new TryIt("device=mobile\nutm_source=instagram\nvisits=2", null, FieldErrors.NONE);
    }

    /** The segment form as shown: what was typed, the condition tree, and the errors by field. */
    public record SegmentForm(String original, String code, String name, String description, Integer version,
                              ConditionNode root, List<FieldError> conditionErrors, String json, boolean useJson,
                              FieldErrors errors, boolean readOnly) {

        public boolean isNew() {
            return original == null || original.isEmpty();
        }

        public String action() {
            return isNew() ? "/ui/segments" : "/ui/segments/" + original;
        }

        public String title() {
            return isNew() ? "New segment" : name == null || name.isBlank() ? code : name;
        }

        /** Errors not shown next to an input: a version conflict, for instance. */
        public List<FieldError> otherErrors() {
            return errors.except(List.of("code", "name", "description", "json")).stream()
                    .filter(e -> !e.field().startsWith("condition")).toList();
        }
    }

    /** What the form posts: the segment's fields and its condition tree as parallel lists ({@link ConditionTree.Rows}). */
    public static class Posted {
        @RestForm public String original;
        @RestForm public String code;
        @RestForm public String name;
        @RestForm public String description;
        @RestForm public Integer version;
        @RestForm public boolean useJson;
        @RestForm public String json;
        @RestForm public String edit;
        @RestForm("n.id") public List<String> ids;
        @RestForm("n.kind") public List<String> kinds;
        @RestForm("n.field") public List<String> fields;
        @RestForm("n.custom") public List<String> customs;
        @RestForm("n.op") public List<String> ops;
        @RestForm("n.value") public List<String> values;
        @RestForm("n.value2") public List<String> values2;
        @RestForm("n.behavior") public List<String> behaviors;
        @RestForm("n.count") public List<String> counts;
        @RestForm("n.within") public List<String> withins;

        ConditionTree tree() {
            return ConditionTree.fromRows(new ConditionTree.Rows(ids, kinds, fields, customs, ops, values, values2,
                    behaviors, counts, withins));
        }
    }

    private final SegmentService segments;
    private final SegmentEvaluations evaluations;
    private final CurrentUser user;

    SegmentPages(SegmentService segments, SegmentEvaluations evaluations, CurrentUser user) {
        this.segments = segments;
        this.evaluations = evaluations;
        this.user = user;
    }

    @GET
    public TemplateInstance index(@RestQuery String after) {
        var page = segments.list(PAGE, after);
        return Templates.index(page.items(), page.next(), TryIt.EMPTY);
    }

    /** Which segments the context matches; the result alone when htmx asks. */
    @GET
    @Path("/try")
    public TemplateInstance tryIt(@RestQuery String context, @RestHeader(HTMX) String htmx) {
        TryIt tryIt = evaluate(context);
        if (htmx != null) {
            return Templates.index$tryResult(tryIt);
        }
        var page = segments.list(PAGE, null);
        return Templates.index(page.items(), page.next(), tryIt);
    }

    private TryIt evaluate(String context) {
        VisitorContextLines lines = VisitorContextLines.parse(context);
        if (!lines.errors().isEmpty()) {
            return new TryIt(context, null, new FieldErrors(lines.errors()));
        }
        try {
            return new TryIt(context, evaluations.evaluate(new EvaluationRequest(lines.json(), null, null)), FieldErrors.NONE);
        } catch (ProblemException e) {
            return new TryIt(context, null, FieldErrors.of(e));
        }
    }

    @GET
    @Path("/new")
    @RolesAllowed(Role.EDITOR_CODE)
    public TemplateInstance create() {
        return Templates.form(shown(null, "", "", "", null, ConditionTree.blank(), null, false, FieldErrors.NONE, false));
    }

    @GET
    @Path("/{code}")
    public TemplateInstance edit(@RestPath String code) {
        SegmentPayload segment = segments.get(code);
        return Templates.form(shown(segment.code(), segment.code(), segment.name(), segment.description(), segment.version(),
                ConditionTree.fromJson(segment.condition()), null, false, FieldErrors.NONE, !user.isEditor()));
    }

    @POST
    @RolesAllowed(Role.EDITOR_CODE)
    public Response createSegment(@BeanParam Posted posted, @RestHeader(HTMX) String htmx) {
        return save(posted, htmx, true);
    }

    @POST
    @Path("/{code}")
    @RolesAllowed(Role.EDITOR_CODE)
    public Response update(@RestPath String code, @BeanParam Posted posted, @RestHeader(HTMX) String htmx) {
        posted.original = code;
        return save(posted, htmx, false);
    }

    /**
     * An add or remove button of the condition editor: the editor again with the change (the
     * {@code condition} fragment when htmx asks, the whole form otherwise). Nothing is saved.
     */
    @POST
    @Path("/editor")
    @RolesAllowed(Role.EDITOR_CODE)
    public TemplateInstance editor(@BeanParam Posted posted, @RestHeader(HTMX) String htmx) {
        SegmentForm form = shown(posted, posted.tree().edit(posted.edit), FieldErrors.NONE);
        return htmx != null ? Templates.form$condition(form) : Templates.form(form);
    }

    @GET
    @Path("/{code}/delete")
    @RolesAllowed(Role.EDITOR_CODE)
    public TemplateInstance confirmDelete(@RestPath String code) {
        SegmentPayload segment = segments.get(code);
        return ConfirmPage.ask(new ConfirmPage.Question("Delete a segment",
                "Delete the segment \"%s\" (%s)? Channels asking for it no longer find it.".formatted(segment.name(), segment.code()),
                "/ui/segments/%s/delete".formatted(segment.code()), "Delete the segment", "/ui/segments/" + segment.code()));
    }

    @POST
    @Path("/{code}/delete")
    @RolesAllowed(Role.EDITOR_CODE)
    public Response delete(@RestPath String code) {
        return ConfirmPage.remove(() -> segments.delete(code, null), "/ui/segments", "Segment %s deleted.".formatted(code), "/ui/segments/" + code);
    }

    /** Saves and goes to the segment (303), or shows the form again with every error next to its field. */
    private Response save(Posted posted, String htmx, boolean isNew) {
        if (posted.edit != null && !posted.edit.isBlank()) {
            return Response.ok(editor(posted, htmx)).build();
        }
        ConditionTree tree = posted.tree();
        JsonNode condition = tree.toJson();
        if (posted.useJson) {
            try {
                condition = JSON.readTree(posted.json == null ? "" : posted.json);
                tree = ConditionTree.fromJson(condition);
            } catch (JsonProcessingException e) {
                FieldErrors errors = new FieldErrors(List.of(new FieldError("json",
                        "this is not JSON: " + e.getOriginalMessage())));
                return Response.status(422).entity(Templates.form(shown(posted, tree, errors))).build();
            }
        }
        SegmentPayload payload = new SegmentPayload(isNew ? posted.code : posted.original, posted.name, posted.description,
                condition, posted.version, null, null);
        try {
            SegmentPayload saved = isNew ? segments.create(payload) : segments.replace(posted.original, payload, null).value();
            return Flash.redirect(URI.create("/ui/segments/" + saved.code()), Flash.Kind.SUCCESS, "Segment saved.");
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.form(shown(posted, tree, FieldErrors.of(e)))).build();
        }
    }

    private SegmentForm shown(Posted posted, ConditionTree tree, FieldErrors errors) {
        return shown(posted.original, posted.code, posted.name, posted.description, posted.version, tree,
                posted.useJson ? posted.json : null, posted.useJson, errors, false);
    }

    private static SegmentForm shown(String original, String code, String name, String description, Integer version,
                                     ConditionTree tree, String json, boolean useJson, FieldErrors errors, boolean readOnly) {
        ConditionTree.Shown shown = tree.show(errors.all().stream().filter(e -> e.field().startsWith(ConditionParser.ROOT)).toList());
        return new SegmentForm(original, code, name, description, version, shown.root(), shown.unplaced(),
                json != null ? json : pretty(tree.toJson()), useJson, errors, readOnly);
    }

    private static String pretty(JsonNode json) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            return json.toString();
        }
    }
}
