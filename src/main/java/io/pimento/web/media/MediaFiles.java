package io.pimento.web.media;

import io.pimento.media.MediaResource;
import io.pimento.media.MediaService;
import io.pimento.media.Thumbnails;
import io.pimento.security.Role;
import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Media files for the web UI's pages: the browser's session cookie does not reach {@code /api}. */
@Path("/ui/media")
@RolesAllowed(Role.VIEWER_CODE)
public class MediaFiles {

    private final MediaService media;
    private final Thumbnails thumbnails;

    MediaFiles(MediaService media, Thumbnails thumbnails) {
        this.media = media;
        this.thumbnails = thumbnails;
    }

    @GET
    @Path("{key: .+}")
    public Response get(@RestPath String key, @RestQuery String thumbnail, @Context Request request,
                        @Context HttpServerResponse response) {
        // the UI's pages are never cached (quarkus.http.header."Cache-Control" on /ui/*), but a file
        // whose key names its content may be: its own Cache-Control replaces that one
        response.headers().remove(HttpHeaders.CACHE_CONTROL);
        return MediaResource.serve(media, thumbnails, key, thumbnail, request);
    }
}
