package io.pimento.media;

import io.pimento.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;

/**
 * Media files: upload one (editors), read one or its thumbnail. Reading takes any authenticated
 * caller, channel tokens included, since feeds link their image values here.
 */
@Path("/api/v1/media")
public class MediaResource {

    private final MediaService media;
    private final Thumbnails thumbnails;

    MediaResource(MediaService media, Thumbnails thumbnails) {
        this.media = media;
        this.thumbnails = thumbnails;
    }

    /** What an upload answers: the key to put in a value, and where the file is served. */
    public record Uploaded(String key, String url, String mimeType, long size) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EDITOR_CODE)
    public Response upload(@RestForm("file") FileUpload file, @Context UriInfo uri) {
        MediaStore.Stored stored = media.store(file == null ? null : new MediaService.Upload(file.uploadedFile(), file.fileName()), "file");
        MediaStore.StoredFile saved = media.get(stored.key());
        URI location = URI.create(uri.getBaseUri() + "api/v1/media/" + MediaResponses.path(saved.key()));
        return Response.created(location).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Uploaded(saved.key(), location.toString(), saved.mimeType(), saved.size())).build();
    }

    @GET
    @Path("{key: .+}")
    @Authenticated
    public Response get(@RestPath String key, @RestQuery String thumbnail, @Context Request request) {
        return serve(media, thumbnails, key, thumbnail, request);
    }

    /** A stored file or its thumbnail ({@code small}, {@code medium}); shared with the web UI's route. */
    public static Response serve(MediaService media, Thumbnails thumbnails, String key, String thumbnail, Request request) {
        MediaStore.StoredFile file = media.get(key);
        if (thumbnail == null) {
            return MediaResponses.serve(file, null, request);
        }
        Thumbnails.Size size = Thumbnails.Size.of(thumbnail);
        return MediaResponses.serve(thumbnails.of(file, size), size.name().toLowerCase(java.util.Locale.ROOT), request);
    }
}
