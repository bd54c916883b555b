package io.pimento.web.content;

import io.pimento.catalog.locale.LocalePayload;
import io.pimento.catalog.locale.LocaleService;
import io.pimento.common.ProblemException;
import io.pimento.security.Role;
import io.pimento.targeting.content.ContentItemPayload;
import io.pimento.targeting.content.FrequencyCap;
import io.pimento.targeting.content.ContentItemService;
import io.pimento.web.ConfirmPage;
import io.pimento.web.CurrentUser;
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

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Content items (banners, offers, messages) that rules show in placements: list, a form with a
 * title and text for each of the catalog's locales, an image preview, validity dates; delete once
 * confirmed (refused while a rule shows the item). Editors write, viewers read.
 */
@Path("/ui/content")
@RolesAllowed(Role.VIEWER_CODE)
@Produces(MediaType.TEXT_HTML)
public class ContentItemPages {

    private static final int PAGE = 100;
    private static final List<String> TYPES = List.of("banner", "offer", "message");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ContentItemPayload> items, String next);

        static native TemplateInstance form(ItemForm form);
    }

    /** A title and text in one locale. */
    public record Translation(String locale, String title, String text) {
    }

    /** The form as shown. */
    public record ItemForm(String original, String code, String type, List<Translation> translations, String image, String link,
                           String validFrom, String validTo, Integer capImpressions, String capWithin, Integer version,
                           FieldErrors errors, boolean readOnly) {

        public boolean isNew() {
            return original == null || original.isEmpty();
        }

        public String action() {
            return isNew() ? "/ui/content" : "/ui/content/" + original;
        }

        public List<String> types() {
            return TYPES;
        }

        /** The errors about a locale's title (or about titles as a whole, shown at the first locale). */
        public String titleError(String locale) {
            return join(errors.of("title." + locale), translations.get(0).locale().equals(locale) ? errors.of("title") : "");
        }

        public String textError(String locale) {
            return errors.of("text." + locale);
        }

        private static String join(String a, String b) {
            return a.isEmpty() ? b : b.isEmpty() ? a : a + "; " + b;
        }
    }

    /** What the form posts: {@code locale}, {@code title} and {@code text} are parallel lists, one entry per locale. */
    public static class Posted {
        @RestForm public String original;
        @RestForm public String code;
        @RestForm public String type;
        @RestForm("locale") public List<String> locales;
        @RestForm("title") public List<String> titles;
        @RestForm("text") public List<String> texts;
        @RestForm public String image;
        @RestForm public String link;
        @RestForm public String validFrom;
        @RestForm public String validTo;
        @RestForm public String capImpressions;
        @RestForm public String capWithin;
        @RestForm public Integer version;

        Map<String, String> byLocale(List<String> values) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; locales != null && i < locales.size(); i++) {
                String value = values != null && i < values.size() ? values.get(i) : null;
                if (value != null && !value.isBlank()) {
                    map.put(locales.get(i), value.strip());
                }
            }
            return map;
        }
    }

    private final ContentItemService items;
    private final LocaleService locales;
    private final CurrentUser user;

    ContentItemPages(ContentItemService items, LocaleService locales, CurrentUser user) {
        this.items = items;
        this.locales = locales;
        this.user = user;
    }

    @GET
    public TemplateInstance index(@RestQuery String after) {
        var page = items.list(PAGE, after);
        return Templates.index(page.items(), page.next());
    }

    @GET
    @Path("/new")
    @RolesAllowed(Role.EDITOR_CODE)
    public TemplateInstance create() {
        return Templates.form(form(null, new ContentItemPayload("", "banner", Map.of(), Map.of(), null, null, null, null, null, null),
                FieldErrors.NONE, false));
    }

    @GET
    @Path("/{code}")
    public TemplateInstance edit(@RestPath String code) {
        ContentItemPayload item = items.get(code);
        return Templates.form(form(item.code(), item, FieldErrors.NONE, !user.isEditor()));
    }

    @POST
    @RolesAllowed(Role.EDITOR_CODE)
    public Response createItem(@BeanParam Posted posted) {
        posted.original = null;
        return save(posted);
    }

    @POST
    @Path("/{code}")
    @RolesAllowed(Role.EDITOR_CODE)
    public Response update(@RestPath String code, @BeanParam Posted posted) {
        posted.original = code;
        return save(posted);
    }

    @GET
    @Path("/{code}/delete")
    @RolesAllowed(Role.EDITOR_CODE)
    public TemplateInstance confirmDelete(@RestPath String code) {
        ContentItemPayload item = items.get(code);
        return ConfirmPage.ask(new ConfirmPage.Question("Delete a content item",
                "Delete the %s %s? Rules that show it must be changed first.".formatted(item.type(), item.code()),
                "/ui/content/%s/delete".formatted(item.code()), "Delete the content item", "/ui/content/" + item.code()));
    }

    @POST
    @Path("/{code}/delete")
    @RolesAllowed(Role.EDITOR_CODE)
    public Response delete(@RestPath String code) {
        return ConfirmPage.remove(() -> items.delete(code, null), "/ui/content", "Content item %s deleted.".formatted(code), "/ui/content/" + code);
    }

    private Response save(Posted posted) {
        boolean isNew = posted.original == null;
        ContentItemPayload payload = new ContentItemPayload(isNew ? posted.code : posted.original, posted.type,
                posted.byLocale(posted.titles), posted.byLocale(posted.texts), blankToNull(posted.image), blankToNull(posted.link),
                DateTimeLocal.toInstant(posted.validFrom), DateTimeLocal.toInstant(posted.validTo),
                // both blank: no cap ({} removes one); otherwise the service checks both
                new FrequencyCap(count(posted.capImpressions), blankToNull(posted.capWithin)), posted.version);
        try {
            ContentItemPayload saved = isNew ? items.create(payload) : items.replace(posted.original, payload, null).value();
            return Flash.redirect(URI.create("/ui/content/" + saved.code()), Flash.Kind.SUCCESS, "Content item saved.");
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.form(form(posted.original, payload, FieldErrors.of(e), false))).build();
        }
    }

    /** The form for an item, with a title and text input for each enabled locale and each locale the item has. */
    private ItemForm form(String original, ContentItemPayload item, FieldErrors errors, boolean readOnly) {
        TreeSet<String> codes = new TreeSet<>(locales.list(PAGE, null).items().stream()
                .filter(l -> Boolean.TRUE.equals(l.enabled())).map(LocalePayload::code).toList());
        if (item.title() != null) {
            codes.addAll(item.title().keySet());
        }
        if (item.text() != null) {
            codes.addAll(item.text().keySet());
        }
        List<Translation> translations = new ArrayList<>();
        for (String locale : codes) {
            translations.add(new Translation(locale, item.title() == null ? "" : item.title().getOrDefault(locale, ""),
                    item.text() == null ? "" : item.text().getOrDefault(locale, "")));
        }
        return new ItemForm(original, item.code(), item.type(), translations, item.image(), item.link(),
                DateTimeLocal.toInput(item.validFrom()), DateTimeLocal.toInput(item.validTo()),
                item.frequencyCap() == null ? null : item.frequencyCap().impressions(),
                item.frequencyCap() == null ? null : item.frequencyCap().within(), item.version(), errors, readOnly);
    }

    /** The number typed; null when blank, -1 (refused by the service, with its message) when not a number. */
    private static Integer count(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
