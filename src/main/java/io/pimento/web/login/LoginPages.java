package io.pimento.web.login;

import io.pimento.security.session.UiSessions;
import io.pimento.web.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;

/**
 * The login page and logout. The form posts to {@code /ui/j_security_check}, where Quarkus' form
 * authentication checks the password with {@code PasswordIdentityProvider} and sets the encrypted
 * session cookie (and {@code UiSessions} its server-side row); a failed login comes back to
 * {@code /ui/login?error=true}. Logout deletes the session's row, so a copy of its cookies is
 * refused too.
 */
@Path("/ui")
public class LoginPages {

    /** What the login page says above the form. */
    public enum Notice {
        NONE, FAILED, LOGGED_OUT;

        public boolean isFailed() {
            return this == FAILED;
        }

        public boolean isLoggedOut() {
            return this == LOGGED_OUT;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(Notice notice);
    }

    private final CurrentUser user;
    private final RoutingContext routing;

    private final UiSessions sessions;

    LoginPages(CurrentUser user, RoutingContext routing, UiSessions sessions) {
        this.user = user;
        this.routing = routing;
        this.sessions = sessions;
    }

    @GET
    @Path("/login")
    @Produces(MediaType.TEXT_HTML)
    public Response login(@RestQuery boolean error, @RestQuery("logged-out") boolean loggedOut) {
        if (user.isLoggedIn()) {
            return Response.seeOther(URI.create("/ui")).build();
        }
        Notice notice = error ? Notice.FAILED : loggedOut ? Notice.LOGGED_OUT : Notice.NONE;
        return Response.ok(Templates.login(notice)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/logout")
    public Response logout() {
        sessions.close(routing);
        FormAuthenticationMechanism.logout(routing);
        return Response.seeOther(URI.create("/ui/login?logged-out=true")).build();
    }
}
