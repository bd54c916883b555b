package io.pimento.web.exports;

import io.pimento.catalog.category.Category;
import io.pimento.catalog.channel.Channel;
import io.pimento.catalog.family.Family;
import io.pimento.catalog.locale.CatalogLocale;
import io.pimento.common.BadRequestException;
import io.pimento.common.ProblemException;
import io.pimento.exports.ExportResource;
import io.pimento.csv.CatalogFileType;
import io.pimento.security.Role;
import io.quarkus.panache.common.Sort;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

import java.util.Arrays;
import java.util.List;

/**
 * The export page: a form that downloads any kind of file in the import dialect. The download goes
 * through the UI (the browser's session does not reach {@code /api}) and is the API's export itself,
 * with the same parameters, so both always produce the same file and refuse the same filters.
 */
@Path("/ui/exports")
@RolesAllowed(Role.VIEWER_CODE)
public class ExportPages {

    /** The choices the form offers, read from the catalog. */
    public record Choices(List<CatalogFileType> types, List<String> channels, List<String> locales, List<String> families,
                          List<String> categories) {
    }

    /** The form as sent, to show it again with a refusal. */
    public record ExportForm(String type, String channel, List<String> locales, String family, String category,
                             String completeness, String updatedSince, String enabled, String delimiter) {

        static ExportForm initial() {
            return new ExportForm(CatalogFileType.PRODUCTS.code(), "", List.of(), "", "", "", "", "", ";");
        }

        public boolean hasLocale(String locale) {
            return locales.contains(locale);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(ExportForm form, Choices choices, String error);
    }

    private final ExportResource exports;

    ExportPages(ExportResource exports) {
        this.exports = exports;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        return Templates.index(ExportForm.initial(), choices(), null);
    }

    @GET
    @Path("/download")
    public Response download(@RestQuery String type, @RestQuery String channel, @RestQuery List<String> locales,
                             @RestQuery String family, @RestQuery String category, @RestQuery String completeness,
                             @RestQuery("updated_since") String updatedSince, @RestQuery String enabled,
                             @RestQuery String delimiter) {
        ExportForm form = new ExportForm(type, blank(channel), locales == null ? List.of() : locales, blank(family),
                blank(category), blank(completeness), blank(updatedSince), blank(enabled), delimiter);
        try {
            return CatalogFileType.PRODUCTS.code().equals(type)
                    ? exports.export(type, form.channel(), String.join(",", form.locales()), form.family(), form.category(),
                    completeness(form.completeness()), form.updatedSince(), form.enabled().isEmpty() ? null : Boolean.valueOf(form.enabled()),
                    delimiter)
                    : exports.export(type, null, null, null, null, null, null, null, delimiter);
        } catch (ProblemException e) {
            return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(Templates.index(form, choices(), message(e))).build();
        }
    }

    private static Integer completeness(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            int ratio = Integer.parseInt(value.trim());
            if (ratio >= 0 && ratio <= 100) {
                return ratio;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw BadRequestException.of("completeness", "the minimum completeness is a number from 0 to 100");
    }

    private static String message(ProblemException e) {
        String text = e.getMessage();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + (text.endsWith(".") ? "" : ".");
    }

    private static String blank(String value) {
        return value == null ? "" : value.strip();
    }

    /** Catalogs can hold thousands of families and categories: the suggestions stop at this many, typing any code still works. */
    private static final int MAX_SUGGESTIONS = 1000;

    private static Choices choices() {
        return new Choices(Arrays.asList(CatalogFileType.values()),
                Channel.<Channel>listAll(Sort.by("code")).stream().map(c -> c.code).toList(),
                CatalogLocale.<CatalogLocale>list("enabled = true order by code").stream().map(l -> l.code).toList(),
                Family.<Family>findAll(Sort.by("code")).page(0, MAX_SUGGESTIONS).list().stream().map(f -> f.code).toList(),
                Category.<Category>findAll(Sort.by("path")).page(0, MAX_SUGGESTIONS).list().stream().map(c -> c.code).toList());
    }
}
