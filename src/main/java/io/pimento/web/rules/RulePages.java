package io.pimento.web.rules;

import io.pimento.common.FieldError;
import io.pimento.common.ProblemException;
import io.pimento.security.Role;
import io.pimento.targeting.rules.RuleActionPayload;
import io.pimento.targeting.rules.RuleActions;
import io.pimento.targeting.rules.RulePayload;
import io.pimento.targeting.rules.RuleService;
import io.pimento.targeting.rules.engine.Placement;
import io.pimento.targeting.segment.SegmentPayload;
import io.pimento.targeting.segment.SegmentService;
import io.pimento.web.ConfirmPage;
import io.pimento.web.DateTimeLocal;
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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Merchandising rules, for editors: the list, and a form whose action inputs follow the action type
 * (htmx swaps the {@code action} fragment when the type changes), with the placement and segment
 * chosen from those that exist and the schedule as datetime-local inputs (UTC).
 */
@Path("/ui/rules")
@RolesAllowed(Role.EDITOR_CODE)
@Produces(MediaType.TEXT_HTML)
public class RulePages {

    private static final int PAGE = 100;
    static final List<String> TYPES = List.of(RuleActions.PIN, RuleActions.INCLUDE, RuleActions.EXCLUDE, RuleActions.BOOST,
            RuleActions.BURY, RuleActions.CONTENT);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<RulePayload> rules, String next);

        static native TemplateInstance form(RuleForm form);

        static native TemplateInstance form$action(RuleForm form);
    }

    /** The rule form as shown: text as typed, the choices of the selects, the errors by field. */
    public record RuleForm(String original, String code, String placement, String segment, String priority, String start,
                           String end, boolean enabled, String type, String products, String items, String position,
                           String weight, String query, Integer version, List<String> placements, List<SegmentPayload> segments,
                           FieldErrors errors) {

        public boolean isNew() {
            return original == null || original.isEmpty();
        }

        public String action() {
            return isNew() ? "/ui/rules" : "/ui/rules/" + original;
        }

        public List<String> types() {
            return TYPES;
        }

        public boolean takesProducts() {
            return RuleActions.PIN.equals(type);
        }

        public boolean takesItems() {
            return RuleActions.CONTENT.equals(type);
        }

        public boolean takesPosition() {
            return takesProducts() || takesItems();
        }

        public boolean takesQuery() {
            return !takesPosition();
        }

        public boolean takesWeight() {
            return RuleActions.BOOST.equals(type);
        }

        /** Errors shown on top of the form rather than next to an input (a version conflict...). */
        public List<FieldError> otherErrors() {
            return errors.except(List.of("code", "placement", "segment", "priority", "start", "end", "action")).stream()
                    .filter(e -> !e.field().startsWith("action.")).toList();
        }
    }

    /** What the form posts. */
    public static class Posted {
        @RestForm public String original;
        @RestForm public String code;
        @RestForm public String placement;
        @RestForm public String segment;
        @RestForm public String priority;
        @RestForm public String start;
        @RestForm public String end;
        @RestForm public boolean enabled;
        @RestForm public String type;
        @RestForm public String products;
        @RestForm public String items;
        @RestForm public String position;
        @RestForm public String weight;
        @RestForm public String query;
        @RestForm public Integer version;
    }

    private final RuleService rules;
    private final SegmentService segments;

    RulePages(RuleService rules, SegmentService segments) {
        this.rules = rules;
        this.segments = segments;
    }

    @GET
    public TemplateInstance index(@RestQuery String after) {
        var page = rules.list(PAGE, after);
        return Templates.index(page.items(), page.next());
    }

    @GET
    @Path("/new")
    public TemplateInstance create() {
        return Templates.form(form(null, new RulePayload("", null, null, 0, null, null,
                new RuleActionPayload(RuleActions.PIN, null, null, null, null, 1), true, null), FieldErrors.NONE));
    }

    @GET
    @Path("/{code}")
    public TemplateInstance edit(@RestPath String code) {
        RulePayload rule = rules.get(code);
        return Templates.form(form(rule.code(), rule, FieldErrors.NONE));
    }

    /** The action inputs for the type chosen (htmx asks when the type select changes). */
    @POST
    @Path("/action")
    public TemplateInstance actionFields(@BeanParam Posted posted) {
        return Templates.form$action(shown(posted, FieldErrors.NONE));
    }

    @POST
    public Response createRule(@BeanParam Posted posted) {
        posted.original = null;
        return save(posted);
    }

    @POST
    @Path("/{code}")
    public Response update(@RestPath String code, @BeanParam Posted posted) {
        posted.original = code;
        return save(posted);
    }

    @GET
    @Path("/{code}/delete")
    public TemplateInstance confirmDelete(@RestPath String code) {
        RulePayload rule = rules.get(code);
        return ConfirmPage.ask(new ConfirmPage.Question("Delete a rule",
                "Delete the rule %s? Placements no longer apply it.".formatted(rule.code()),
                "/ui/rules/%s/delete".formatted(rule.code()), "Delete the rule", "/ui/rules/" + rule.code()));
    }

    @POST
    @Path("/{code}/delete")
    public Response delete(@RestPath String code) {
        return ConfirmPage.remove(() -> rules.delete(code, null), "/ui/rules", "Rule %s deleted.".formatted(code), "/ui/rules/" + code);
    }

    private Response save(Posted posted) {
        boolean isNew = posted.original == null;
        String type = blankToNull(posted.type);
        RuleActionPayload action = new RuleActionPayload(type,
                RuleActions.PIN.equals(type) ? list(posted.products) : null,
                RuleActions.CONTENT.equals(type) ? list(posted.items) : null,
                RuleActions.PIN.equals(type) || RuleActions.CONTENT.equals(type) ? null : QueryLines.parse(posted.query),
                RuleActions.BOOST.equals(type) ? decimal(posted.weight) : null,
                RuleActions.PIN.equals(type) || RuleActions.CONTENT.equals(type) ? integer(posted.position) : null);
        RulePayload payload = new RulePayload(isNew ? posted.code : posted.original, blankToNull(posted.placement),
                blankToNull(posted.segment), integer(posted.priority), DateTimeLocal.toInstant(posted.start),
                DateTimeLocal.toInstant(posted.end), action, posted.enabled, posted.version);
        List<FieldError> typing = typingErrors(posted);
        if (!typing.isEmpty()) {
            return Response.status(422).entity(Templates.form(shown(posted, new FieldErrors(typing)))).build();
        }
        try {
            RulePayload saved = isNew ? rules.create(payload) : rules.replace(posted.original, payload, null).value();
            return Flash.redirect(URI.create("/ui/rules/" + saved.code()), Flash.Kind.SUCCESS, "Rule saved.");
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.form(shown(posted, FieldErrors.of(e)))).build();
        }
    }

    /** Numbers the form could not read, named like the service names its fields. */
    private static List<FieldError> typingErrors(Posted posted) {
        List<FieldError> errors = new ArrayList<>();
        if (!blank(posted.priority) && integer(posted.priority) == null) {
            errors.add(new FieldError("priority", "the priority is a whole number, like 10"));
        }
        if (!blank(posted.position) && integer(posted.position) == null) {
            errors.add(new FieldError("action.position", "the position is a whole number, 1 for the first"));
        }
        if (!blank(posted.weight) && decimal(posted.weight) == null) {
            errors.add(new FieldError("action.weight", "the weight is a number, like 2 or 0.5"));
        }
        return errors;
    }

    private RuleForm shown(Posted p, FieldErrors errors) {
        return new RuleForm(p.original, p.code, p.placement, p.segment, p.priority, p.start, p.end, p.enabled,
                TYPES.contains(p.type) ? p.type : RuleActions.PIN, p.products, p.items, p.position, p.weight, p.query, p.version,
                Placement.codes(), segments.list(PAGE, null).items(), errors);
    }

    private RuleForm form(String original, RulePayload rule, FieldErrors errors) {
        RuleActionPayload action = rule.action();
        return new RuleForm(original, rule.code(), rule.placement(), rule.segment(), String.valueOf(rule.priority()),
                DateTimeLocal.toInput(rule.start()), DateTimeLocal.toInput(rule.end()), !Boolean.FALSE.equals(rule.enabled()),
                action.type(), join(action.products()), join(action.items()),
                action.position() == null ? "" : action.position().toString(),
                action.weight() == null ? "" : action.weight().toPlainString(), QueryLines.lines(action.query()), rule.version(),
                Placement.codes(), segments.list(PAGE, null).items(), errors);
    }

    private static List<String> list(String text) {
        return text == null ? null : Arrays.stream(text.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String join(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    private static Integer integer(String text) {
        try {
            return blank(text) ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return blank(text) ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text.strip();
    }
}
