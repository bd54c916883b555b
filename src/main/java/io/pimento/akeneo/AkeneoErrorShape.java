package io.pimento.akeneo;

import io.pimento.common.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Akeneo's clients read Akeneo's error body, so on the Akeneo API (and its token endpoint) every
 * problem that Pimento's mappers produced is reshaped into {@link AkeneoError}; the rest of the API
 * keeps its RFC 9457 problems. Translating here keeps one place that decides what is refused.
 */
public class AkeneoErrorShape {

    static final String REST_API = "/api/rest/v1/";
    static final String OAUTH = "/api/oauth/v1/";

    @ServerResponseFilter
    public void reshape(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Problem problem) || !isAkeneoApi(request.getUriInfo().getPath())) {
            return;
        }
        response.setEntity(AkeneoError.of(problem), new java.lang.annotation.Annotation[0], MediaType.APPLICATION_JSON_TYPE);
        response.getHeaders().putSingle("Content-Type", MediaType.APPLICATION_JSON);
    }

    static boolean isAkeneoApi(String path) {
        String normalized = path.startsWith("/") ? path : "/" + path;
        return normalized.startsWith(REST_API) || normalized.equals(REST_API.substring(0, REST_API.length() - 1))
                || normalized.startsWith(OAUTH);
    }
}
