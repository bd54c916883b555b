package io.pimento.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before reading it, a request body larger than {@code pimento.limits.json-body-size}
 * unless it is a multipart upload (imports, bounded by {@code quarkus.http.limits.max-body-size}
 * and the import limits) or an NDJSON event import (read line by line, each line bounded). A body sent without its length is bounded by the JSON parser's
 * document length instead ({@link JacksonConfig}).
 */
public class RequestBodyLimit {

    /** The endpoint that reads its body as a stream of bounded lines. */
    private static final String STREAMED = "/api/v1/events/import";

    private final RequestLimitsConfig limits;

    RequestBodyLimit(RequestLimitsConfig limits) {
        this.limits = limits;
    }

    @ServerRequestFilter(preMatching = true)
    public void check(ContainerRequestContext request) {
        long length = length(request.getHeaderString("Content-Length"));
        long max = limits.jsonBodySize().asLongValue();
        if (length <= max) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return;
        }
        // NDJSON streams (a click log) are read line by line, each line bounded on its own
        if (STREAMED.equals(request.getUriInfo().getPath())) {
            return;
        }
        throw new PayloadTooLargeException("the request body is %d bytes; bodies other than file uploads are limited to %d bytes (pimento.limits.json-body-size)"
                .formatted(length, max));
    }

    private static long length(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
