package io.pimento.web.imports;

import io.pimento.common.ProblemException;
import io.pimento.imports.ImportJobView;
import io.pimento.imports.ImportResource;
import io.pimento.imports.ImportService;
import io.pimento.csv.CatalogFileType;
import io.pimento.security.Role;
import io.pimento.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.List;

/**
 * The import pages: upload a file, follow its job with a live progress bar (htmx polls the
 * {@code progress} fragment), cancel it, download its error report.
 */
@Path("/ui/imports")
@RolesAllowed(Role.EDITOR_CODE)
public class ImportPages {

    private static final int RECENT = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(UploadForm form, String error, List<ImportJobView> jobs);

        static native TemplateInstance job(ImportJobView job);

        static native TemplateInstance job$progress(ImportJobView job);
    }

    private final ImportService imports;

    ImportPages(ImportService imports) {
        this.imports = imports;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        return page(UploadForm.initial(), null);
    }

    /** Starts the job and shows it (303); a form that cannot be imported comes back with the reason. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@RestForm("file") FileUpload file, @RestForm String type, @RestForm boolean dryRun,
                           @RestForm boolean allOrNothing, @RestForm String delimiter) {
        UploadForm form = new UploadForm(type, dryRun, allOrNothing, delimiter);
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(form, "Choose the CSV file (or the ZIP of the CSV and its media) to import.")).build();
        }
        try {
            ImportJobView job = imports.start(new ImportService.ImportRequest(file.uploadedFile(), file.fileName(),
                    type, dryRun, allOrNothing, delimiter));
            return Response.seeOther(URI.create("/ui/imports/" + job.id())).build();
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(page(form, UploadErrors.describe(e))).build();
        } catch (ForbiddenException e) {
            return Response.status(Response.Status.FORBIDDEN)
                    .entity(page(form, "Only administrators import catalog structure (%s). Choose products or product models, or ask an administrator."
                            .formatted(type))).build();
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance job(@PathParam("id") long id) {
        return Templates.job(imports.get(id));
    }

    /** The part of the job page that htmx refreshes every second while the job runs. */
    @GET
    @Path("/{id}/progress")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance progress(@PathParam("id") long id) {
        return Templates.job$progress(imports.get(id));
    }

    @POST
    @Path("/{id}/cancel")
    public Response cancel(@PathParam("id") long id) {
        URI page = URI.create("/ui/imports/" + id);
        try {
            imports.cancel(id);
            return Flash.redirect(page, Flash.Kind.SUCCESS, "Cancellation requested: the import stops at its next batch.");
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Flash.redirect(page, Flash.Kind.ERROR, UploadErrors.sentence(e.getMessage()));
        } catch (ForbiddenException e) {
            return Flash.redirect(page, Flash.Kind.ERROR, UploadErrors.sentence(e.getMessage()));
        }
    }

    @GET
    @Path("/{id}/errors.csv")
    @Produces("text/csv")
    public Response errors(@PathParam("id") long id) {
        return ImportResource.errorReport(imports, id);
    }

    private TemplateInstance page(UploadForm form, String error) {
        return Templates.index(form, error, imports.recent(RECENT));
    }

    /** The upload form as sent, so a refused upload shows the same choices again. */
    public record UploadForm(String type, boolean dryRun, boolean allOrNothing, String delimiter) {

        static UploadForm initial() {
            return new UploadForm(CatalogFileType.PRODUCTS.code(), false, false, "");
        }

        public List<CatalogFileType> contentTypes() {
            return List.of(CatalogFileType.PRODUCTS, CatalogFileType.PRODUCT_MODELS);
        }

        public List<CatalogFileType> structureTypes() {
            return java.util.Arrays.stream(CatalogFileType.values()).filter(CatalogFileType::isStructure).toList();
        }

        public boolean isSelected(CatalogFileType candidate) {
            return candidate.code().equals(type);
        }

        public List<DelimiterChoice> delimiters() {
            return DelimiterChoice.ALL;
        }

        public boolean isDelimiter(DelimiterChoice choice) {
            return choice.value().equals(delimiter == null ? "" : delimiter);
        }
    }

    /** An option of the delimiter select; the empty value lets the importer detect it from the header. */
    public record DelimiterChoice(String value, String label) {
        static final List<DelimiterChoice> ALL = List.of(
                new DelimiterChoice("", "Detect from the header"),
                new DelimiterChoice(";", "Semicolon ( ; )"),
                new DelimiterChoice(",", "Comma ( , )"),
                new DelimiterChoice("tab", "Tab"));
    }
}
