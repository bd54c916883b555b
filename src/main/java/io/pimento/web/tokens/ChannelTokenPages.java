package io.pimento.web.tokens;

import io.pimento.catalog.channel.ChannelPayload;
import io.pimento.catalog.channel.ChannelService;
import io.pimento.common.NotFoundException;
import io.pimento.common.ProblemException;
import io.pimento.feeds.access.ChannelTokenService;
import io.pimento.feeds.access.ChannelTokenView;
import io.pimento.feeds.access.CreatedChannelToken;
import io.pimento.feeds.access.NewChannelToken;
import io.pimento.security.Role;
import io.pimento.web.ChannelChoice;
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
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Channel tokens, for administrators: per channel, the tokens its feeds are read with (never their
 * secret), a form that creates one and shows its secret once, and revocation after a confirmation.
 */
@Path("/ui/tokens")
@RolesAllowed(Role.ADMIN_CODE)
@Produces(MediaType.TEXT_HTML)
public class ChannelTokenPages {

    private static final int CHANNELS = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<ChannelChoice> channels, ChannelChoice channel, List<ChannelTokenView> tokens,
                                             CreatedChannelToken created, String name, FieldErrors errors);
    }

    private final ChannelTokenService tokens;
    private final ChannelService channels;
    private final SecurityIdentity identity;

    ChannelTokenPages(ChannelTokenService tokens, ChannelService channels, SecurityIdentity identity) {
        this.tokens = tokens;
        this.channels = channels;
        this.identity = identity;
    }

    @GET
    public TemplateInstance index(@RestQuery String channel) {
        return page(channel, null, "", FieldErrors.NONE);
    }

    /** Creates a token and shows its secret, on this answer only (it is never shown again). */
    @POST
    @Path("/{channel}")
    public Response create(@RestPath String channel, @RestForm String name) {
        try {
            CreatedChannelToken created = tokens.create(channel, new NewChannelToken(name), identity.getPrincipal().getName());
            return Response.ok(page(channel, created, "", FieldErrors.NONE)).build();
        } catch (ProblemException e) {
            if (e.status() == 404) {
                throw e;
            }
            return Response.status(e.status()).entity(page(channel, null, name, FieldErrors.of(e))).build();
        }
    }

    @GET
    @Path("/{channel}/{id}/revoke")
    public TemplateInstance confirmRevoke(@RestPath String channel, @RestPath long id) {
        ChannelTokenView token = tokens.list(channel).stream().filter(t -> t.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("channel '%s' has no token with id %d".formatted(channel, id)));
        return ConfirmPage.ask(new ConfirmPage.Question("Revoke a token",
                "Revoke the token \"%s\" (%s…) of %s? Feeds read with it are refused from now on; this cannot be undone."
                        .formatted(token.name(), token.prefix(), channel),
                "/ui/tokens/%s/%d/revoke".formatted(channel, id), "Revoke the token", "/ui/tokens?channel=" + channel));
    }

    @POST
    @Path("/{channel}/{id}/revoke")
    public Response revoke(@RestPath String channel, @RestPath long id) {
        tokens.revoke(channel, id);
        return Flash.redirect(URI.create("/ui/tokens?channel=" + channel), Flash.Kind.SUCCESS, "Token revoked.");
    }

    private TemplateInstance page(String channel, CreatedChannelToken created, String name, FieldErrors errors) {
        List<ChannelPayload> all = channels.list(CHANNELS, null).items();
        ChannelPayload current = channel != null && !channel.isBlank() ? channels.get(channel) : all.isEmpty() ? null : all.get(0);
        List<ChannelChoice> choices = new ArrayList<>(all.stream()
                .map(c -> ChannelChoice.of(c, current != null && c.code().equals(current.code()))).toList());
        ChannelChoice selected = current == null ? null : ChannelChoice.of(current, true);
        if (selected != null && !choices.contains(selected)) {
            choices.add(0, selected);
        }
        List<ChannelTokenView> list = selected == null ? List.of() : tokens.list(selected.code());
        return Templates.index(choices, selected, list, created, name, errors);
    }
}
