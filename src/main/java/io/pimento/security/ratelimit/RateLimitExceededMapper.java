package io.pimento.security.ratelimit;

import io.pimento.common.Problem;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The problem response of every other refusal, plus the {@code Retry-After} header a 429 needs. */
public class RateLimitExceededMapper {

    @ServerExceptionMapper
    public Response tooManyRequests(RateLimitExceededException e, UriInfo uri) {
        return Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
                .entity(e.toProblem("/" + uri.getPath().replaceFirst("^/", "")))
                .build();
    }
}
