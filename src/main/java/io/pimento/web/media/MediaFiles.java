package io.pimento.web.media;

import io.pimento.media.MediaResource;
import io.pimento.media.MediaService;
import io.pimento.media.Thumbnails;
import io.pimento.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
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
    public Response get(@RestPath String key, @RestQuery String thumbnail, @Context Request request) {
        return MediaResource.serve(media, thumbnails, key, thumbnail, request);
    }
}
