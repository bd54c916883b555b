package io.pimento.imports;

import io.pimento.common.BadRequestException;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** CSV imports: upload a file, follow the job, download its error report, cancel it. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.EDITOR_CODE)
public class ImportResource {

    private final ImportService imports;

    ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response start(@RestForm("file") FileUpload file, @RestForm("type") String type,
                          @RestForm("dryRun") String dryRun, @RestForm("allOrNothing") String allOrNothing,
                          @RestForm("delimiter") String delimiter, UriInfo uri) {
        ImportJobView job = imports.start(new ImportService.ImportRequest(
                file == null ? null : file.uploadedFile(), file == null ? null : file.fileName(), type,
                flag("dryRun", dryRun), flag("allOrNothing", allOrNothing), delimiter));
        return Response.accepted(Map.of("id", job.id(), "status", job.status()))
                .location(uri.getBaseUriBuilder().path("api/v1/imports/{id}").build(job.id()))
                .build();
    }

    @GET
    public Map<String, List<ImportJobView>> recent(@QueryParam("limit") Integer limit) {
        int size = limit == null ? 25 : limit;
        if (size < 1 || size > 100) {
            throw BadRequestException.of("limit", "limit must be between 1 and 100");
        }
        return Map.of("items", imports.recent(size));
    }

    @GET
    @Path("/{id}")
    public ImportJobView get(@PathParam("id") long id) {
        return imports.get(id);
    }

    @GET
    @Path("/{id}/errors.csv")
    @Produces("text/csv")
    public Response errors(@PathParam("id") long id) {
        return errorReport(imports, id);
    }

    /** The rejected rows of a job as a CSV download (also served by the web UI); 404 for an unknown job. */
    public static Response errorReport(ImportService imports, long id) {
        imports.find(id);
        StreamingOutput body = out -> imports.writeErrors(id, out);
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"import-%d-errors.csv\"".formatted(id))
                .build();
    }

    @DELETE
    @Path("/{id}")
    public Response cancel(@PathParam("id") long id) {
        return Response.accepted(imports.cancel(id)).build();
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "on" -> true;
            case "false", "0", "no", "off" -> false;
            default -> throw BadRequestException.of(name, "'%s' is not a boolean; use true or false".formatted(value));
        };
    }
}
