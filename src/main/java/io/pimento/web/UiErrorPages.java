package io.pimento.web;

import io.pimento.common.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Turns the problems of web UI requests into what a browser needs: a failed or lost login goes
 * back to the login page (with the stale session cookie removed), other problems (403, 404, an
 * expired form, a 500 with its error id) become a page of the UI with the same status, instead
 * of the API's problem+json.
 */
public class UiErrorPages {

    static final String LOGIN_PAGE = "/ui/login";
    private static final String LOGIN_POST = "/ui/j_security_check";

    @CheckedTemplate(basePath = "errors")
    static class Templates {
        static native TemplateInstance problem(Problem problem);
    }

    private final String sessionCookie;

    UiErrorPages(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @ServerResponseFilter
    public void render(ContainerRequestContext request, ContainerResponseContext response) {
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        if (!isUi(path) || !(response.getEntity() instanceof Problem problem)) {
            return;
        }
        if (problem.status() == 401) {
            sendToLogin(path.equals(LOGIN_POST) ? LOGIN_PAGE + "?error=true" : LOGIN_PAGE, response);
        } else {
            response.setEntity(Templates.problem(problem).render(), null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
    }

    private void sendToLogin(String location, ContainerResponseContext response) {
        response.setStatus(302);
        response.setEntity(null);
        response.getHeaders().remove(HttpHeaders.WWW_AUTHENTICATE);
        response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        response.getHeaders().putSingle(HttpHeaders.LOCATION, location);
        response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(sessionCookie).value("").path("/ui")
                .maxAge(0).httpOnly(true).build());
    }

    static boolean isUi(String path) {
        return path.equals("/ui") || path.startsWith("/ui/");
    }
}
