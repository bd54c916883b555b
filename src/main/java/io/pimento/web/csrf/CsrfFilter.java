package io.pimento.web.csrf;

import io.pimento.common.Problem;
import io.pimento.security.session.UiSessions;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.util.List;
import java.util.Set;

/**
 * Refuses a state-changing request to the web UI ({@code /ui/...}) unless it repeats the CSRF
 * token of its session ({@link CsrfToken}), in the {@value CsrfToken#FIELD} form field or the
 * {@value CsrfToken#HEADER} header. The REST API ({@code /api/...}) is not concerned: browsers
 * never hold credentials for it (the session cookie is scoped to {@code /ui}), and its clients
 * post JSON and multipart forms without any token.
 */
public class CsrfFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final UiSessions sessions;

    CsrfFilter(UiSessions sessions) {
        this.sessions = sessions;
    }

    @ServerRequestFilter
    @WithFormRead
    public Response verify(ResteasyReactiveContainerRequestContext request, RoutingContext routing) {
        if (!isUi(routing.normalizedPath()) || SAFE_METHODS.contains(request.getMethod())) {
            return null;
        }
        String expected = sessions.csrfToken(routing);
        String supplied = request.getHeaderString(CsrfToken.HEADER);
        if (supplied == null && isForm(request.getMediaType())) {
            Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                    .getFormParameter(CsrfToken.FIELD, true, false);
            supplied = field instanceof String value ? value : null;
        }
        if (CsrfToken.matches(expected, supplied)) {
            return null;
        }
        return Response.status(Response.Status.BAD_REQUEST)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(new Problem("about:blank", "Bad Request", 400,
                        "this form has expired or did not come from Pimento; reload the page and send it again",
                        routing.normalizedPath(), List.of()))
                .build();
    }

    static boolean isUi(String path) {
        return path.equals(CsrfToken.PATH) || path.startsWith(CsrfToken.PATH + "/");
    }

    private static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }
}
