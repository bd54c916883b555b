package io.pimento.web.csrf;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The CSRF token of the browser's UI session (double-submit cookie): a random value kept in an
 * HttpOnly cookie scoped to {@code /ui}, which every form repeats in a hidden field. A page of
 * another site can make the browser send the cookie, but cannot read it to fill in the field.
 * Templates write {@code <input type="hidden" name="{inject:csrf.parameterName}" value="{inject:csrf.token}">}
 * (the {@code tags/csrf.html} tag).
 */
@RequestScoped
@Named("csrf")
public class CsrfToken {

    public static final String COOKIE = "pimento-csrf";
    public static final String FIELD = "csrf-token";
    /** For scripts (htmx) that post without a form field. */
    public static final String HEADER = "X-CSRF-Token";
    static final String PATH = "/ui";
    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ISSUED = CsrfToken.class.getName() + ".issued";

    private final RoutingContext routing;

    @Inject
    CsrfToken(RoutingContext routing) {
        this.routing = routing;
    }

    public String getParameterName() {
        return FIELD;
    }

    /** The browser's token, or a new one (sent as a cookie with this response) when it has none yet. */
    public String getToken() {
        return current(routing);
    }

    static String current(RoutingContext routing) {
        String issued = routing.get(ISSUED);
        if (issued != null) {
            return issued;
        }
        String fromCookie = fromCookie(routing);
        if (fromCookie != null) {
            return fromCookie;
        }
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        routing.put(ISSUED, token);
        routing.response().addCookie(Cookie.cookie(COOKIE, token).setPath(PATH).setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(routing.request().isSSL()));
        return token;
    }

    /** The token of the cookie, when it is one this class could have issued. */
    static String fromCookie(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie == null) {
            return null;
        }
        try {
            return Base64.getUrlDecoder().decode(cookie.getValue()).length == BYTES ? cookie.getValue() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean matches(String expected, String supplied) {
        return expected != null && supplied != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), supplied.getBytes(StandardCharsets.US_ASCII));
    }
}
