package io.pimento.web.csrf;

import io.pimento.security.session.UiSessions;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The CSRF token of the browser's UI session, which every form repeats in a hidden field. It is
 * derived from the session's secret cookie ({@link UiSessions#csrfToken}): a page of another site
 * can make the browser send that cookie but cannot read it, and cannot plant a token of its own
 * choosing either, because no cookie holds the token itself. It changes at each login and dies at
 * logout. Templates write {@code <input type="hidden" name="{inject:csrf.parameterName}" value="{inject:csrf.token}">}
 * (the {@code tags/csrf.html} tag).
 */
@RequestScoped
@Named("csrf")
public class CsrfToken {

    public static final String FIELD = "csrf-token";
    /** For scripts (htmx) that post without a form field. */
    public static final String HEADER = "X-CSRF-Token";
    static final String PATH = "/ui";

    private final RoutingContext routing;
    private final UiSessions sessions;

    @Inject
    CsrfToken(RoutingContext routing, UiSessions sessions) {
        this.routing = routing;
        this.sessions = sessions;
    }

    public String getParameterName() {
        return FIELD;
    }

    /** The session's token; empty outside a session (no form there can be sent). */
    public String getToken() {
        String token = sessions.csrfToken(routing);
        return token == null ? "" : token;
    }

    static boolean matches(String expected, String supplied) {
        return expected != null && supplied != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), supplied.getBytes(StandardCharsets.US_ASCII));
    }
}
