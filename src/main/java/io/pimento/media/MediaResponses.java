package io.pimento.media;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * How every route serves a stored file (Pimento's API, the web UI, Akeneo's download): the type
 * sniffed from the content, an ETag from the content's hash, cached for a year as a key's content
 * never changes, and a sandboxing Content-Security-Policy so an SVG's scripts never run on
 * Pimento's origin.
 */
public final class MediaResponses {

    /** Private: the files are only served to signed-in callers, so shared caches must not keep them. */
    static final String CACHE_CONTROL = "private, max-age=31536000, immutable";

    private MediaResponses() {
    }

    /** The file, or 304 when the client's {@code If-None-Match} names it. */
    public static Response serve(MediaStore.StoredFile file, String variant, Request request) {
        EntityTag tag = new EntityTag(variant == null ? file.hash() : file.hash() + "-" + variant);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(file.path().toFile(), file.mimeType())
                .header("Content-Disposition", (file.kind().isPresent() && file.kind().get() != MediaKind.PDF ? "inline" : "attachment")
                        + "; filename=\"" + file.originalFilename() + "\"");
        return answer.tag(tag)
                .header("Cache-Control", CACHE_CONTROL)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .build();
    }

    /** A key as a URL path (each segment encoded), to append to a base URL ending in {@code /}. */
    public static String path(String key) {
        return Arrays.stream(key.split("/"))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }
}
