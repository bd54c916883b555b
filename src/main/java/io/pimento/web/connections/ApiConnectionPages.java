package io.pimento.web.connections;

import io.pimento.akeneo.oauth.ApiConnectionService;
import io.pimento.akeneo.oauth.ApiConnectionView;
import io.pimento.akeneo.oauth.CreatedApiConnection;
import io.pimento.akeneo.oauth.NewApiConnection;
import io.pimento.common.ProblemException;
import io.pimento.security.Role;
import io.pimento.web.ConfirmPage;
import io.pimento.web.FieldErrors;
import io.pimento.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.List;

/**
 * API connections (Akeneo's client id and secret pairs), for administrators: the list (never a
 * secret), a form that creates one and shows its secret once, and deletion after a confirmation.
 * The same service as {@code /api/v1/api-connections}.
 */
@Path("/ui/api-connections")
@RolesAllowed(Role.ADMIN_CODE)
@Produces(MediaType.TEXT_HTML)
public class ApiConnectionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ApiConnectionView> connections, CreatedApiConnection created,
                                             String code, String label, FieldErrors errors);
    }

    private final ApiConnectionService connections;
    private final SecurityIdentity identity;

    ApiConnectionPages(ApiConnectionService connections, SecurityIdentity identity) {
        this.connections = connections;
        this.identity = identity;
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(connections.list(), null, "", "", FieldErrors.NONE);
    }

    /** Creates a connection and shows its secret, on this answer only (only its hash is kept). */
    @POST
    public Response create(@RestForm String code, @RestForm String label) {
        try {
            CreatedApiConnection created = connections.create(new NewApiConnection(code, label), identity.getPrincipal().getName());
            return Response.ok(Templates.index(connections.list(), created, "", "", FieldErrors.NONE)).build();
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(Templates.index(connections.list(), null, code, label, FieldErrors.of(e))).build();
        }
    }

    @GET
    @Path("/{code}/delete")
    public TemplateInstance confirmDelete(@RestPath String code) {
        ApiConnectionView connection = connections.get(code);
        return ConfirmPage.ask(new ConfirmPage.Question("Delete an API connection",
                "Delete the API connection \"%s\" (client id %s)? Every token it was granted stops working at once; this cannot be undone."
                        .formatted(connection.label(), connection.clientId()),
                "/ui/api-connections/%s/delete".formatted(connection.code()), "Delete the connection", "/ui/api-connections"));
    }

    @POST
    @Path("/{code}/delete")
    public Response delete(@RestPath String code) {
        connections.delete(code);
        return Flash.redirect(URI.create("/ui/api-connections"), Flash.Kind.SUCCESS, "API connection deleted.");
    }
}
