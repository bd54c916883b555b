package io.pimento.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.UUID;

/**
 * Turns every failure into an RFC 9457 problem response. Exception class names and stack traces
 * never reach the client; unexpected failures are logged with an id the client can quote.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(ProblemExceptionMappers::toFieldError)
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(new Problem("about:blank", "Bad Request", 400,
                errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message() : errors.size() + " fields are invalid",
                path(uri), errors));
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return problem(JsonErrors.describe(e).toException(), uri);
    }

    /**
     * Quarkus registers its own mapper for this subclass (unknown fields, wrong JSON types), which
     * would win over {@link #unreadableJson} and answer without naming the field.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return challenge(uri);
    }

    /** An authentication failure carrying this attribute is a throttled one: 429 with Retry-After, not a challenge. */
    public static final String RETRY_AFTER_SECONDS = "pimento.retry-after-seconds";

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        Object retryAfter = e.getAttributes() == null ? null : e.getAttributes().get(RETRY_AFTER_SECONDS);
        if (retryAfter != null) {
            return Response.status(429).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, retryAfter)
                    .entity(new Problem("about:blank", "Too Many Requests", 429, e.getMessage(), path(uri), List.of())).build();
        }
        return challenge(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem("about:blank", "Forbidden", 403,
                "your role does not allow this operation", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, ResourceInfo resource) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // the REST layer wraps what Jackson could not read into a bare 400
            return unreadableJson(json, uri);
        }
        if (e instanceof jakarta.ws.rs.NotFoundException && e.getCause() != null) {
            // JAX-RS answers 404 when a query parameter does not convert (limit=abc): name it in a 400 instead
            FieldError unconvertible = QueryParameters.unconvertible(resource, uri);
            if (unconvertible != null) {
                return problem(new BadRequestException(unconvertible.message(), List.of(unconvertible)), uri);
            }
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 404 -> "no resource at " + path(uri);
            case 405 -> "method not allowed on " + path(uri);
            case 406 -> "cannot produce the requested media type";
            case 415 -> "unsupported media type";
            default -> status.getReasonPhrase();
        };
        Response.ResponseBuilder builder = Response.status(status.getStatusCode())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, path(uri), List.of()));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            if (DatabaseFailures.isUnavailable(cause)) {
                // PostgreSQL down or restarting: nothing to fix in the request, retry soon; no stack trace per request
                LOG.warnf("The database is unavailable (%s) on %s", DatabaseFailures.summary(cause), path(uri));
                return Response.status(503).type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, 5)
                        .entity(new Problem("about:blank", "Service Unavailable", 503,
                                "the database is unavailable right now; nothing was changed by this request, retry in a few seconds",
                                path(uri), List.of()))
                        .build();
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return respond(new Problem("about:blank", "Conflict", 409,
                        "the resource was changed by someone else in the meantime; reload it and apply your change again",
                        path(uri), List.of()));
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, path(uri));
        return respond(new Problem("about:blank", "Internal Server Error", 500,
                "an unexpected error occurred; quote error id " + errorId + " when reporting it", path(uri), List.of()));
    }

    private static Response challenge(UriInfo uri) {
        return Response.status(401)
                .header("WWW-Authenticate", "Basic realm=\"Pimento\"")
                .header("WWW-Authenticate", "Bearer realm=\"Pimento\"")
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", "Unauthorized", 401,
                        "authenticate with HTTP Basic or an API token (Authorization: Bearer <token>)", path(uri), List.of()))
                .build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static FieldError toFieldError(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        // Drop the method and parameter names ("create.body.code" -> "code").
        String[] parts = path.split("\\.", 3);
        String field = parts.length == 3 ? parts[2] : parts[parts.length - 1];
        return new FieldError(field, violation.getMessage());
    }
}
