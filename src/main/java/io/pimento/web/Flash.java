package io.pimento.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A message for the next page only ("Import 42 cancelled"), carried by a short-lived cookie across
 * a redirect: {@link #redirect} sets it, the layout shows it once through {@code {inject:flash}}.
 */
@RequestScoped
@Named("flash")
public class Flash {

    public enum Kind { SUCCESS, ERROR }

    public record Message(Kind kind, String text) {
        public String cssClass() {
            return kind == Kind.ERROR ? "alert-error" : "alert-success";
        }
    }

    static final String COOKIE = "pimento-flash";
    private static final String PATH = "/ui";

    private final RoutingContext routing;
    private Message message;
    private boolean read;

    @Inject
    Flash(RoutingContext routing) {
        this.routing = routing;
    }

    /** A 303 to the page, which then shows the message. */
    public static Response redirect(URI location, Kind kind, String text) {
        return Response.seeOther(location)
                .cookie(new NewCookie.Builder(COOKIE).value(URLEncoder.encode(kind.name() + ":" + text, StandardCharsets.UTF_8))
                        .path(PATH).httpOnly(true).maxAge(60).sameSite(NewCookie.SameSite.STRICT).build())
                .build();
    }

    /** The message the previous response left, if any; reading it removes it from the browser. */
    public Message getMessage() {
        if (!read) {
            read = true;
            Cookie cookie = routing.request().getCookie(COOKIE);
            if (cookie != null) {
                message = parse(URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
                routing.response().addCookie(Cookie.cookie(COOKIE, "").setPath(PATH).setMaxAge(0)
                        .setHttpOnly(true).setSameSite(CookieSameSite.STRICT));
            }
        }
        return message;
    }

    private static Message parse(String value) {
        int colon = value.indexOf(':');
        if (colon < 0) {
            return null;
        }
        Kind kind = value.startsWith(Kind.ERROR.name() + ":") ? Kind.ERROR : Kind.SUCCESS;
        return new Message(kind, value.substring(colon + 1));
    }
}
