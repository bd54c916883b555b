package io.pimento.security;

import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps the web UI's session cookie to the UI. Browsers never send it to {@code /api} (its path is
 * {@code /ui}), but a client that copies it there would otherwise be authenticated by the form
 * mechanism like a browser on a page: a stolen UI cookie must not open the API (scripts, no CSRF
 * token, no idle page). Such a request is refused before authentication with the API's usual 401.
 */
public class UiSessionScope {

    private static final String API = "/api/";

    private final String cookieName;

    UiSessionScope(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential") String cookieName) {
        this.cookieName = cookieName;
    }

    @ServerRequestFilter(preMatching = true)
    public void keepToUi(RoutingContext routing) {
        if (routing.normalizedPath().startsWith(API) && routing.request().getCookie(cookieName) != null) {
            throw new UnauthorizedException("the web UI's session does not open the API: use HTTP Basic or a personal API token");
        }
    }
}
