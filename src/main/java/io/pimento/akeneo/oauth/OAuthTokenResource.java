package io.pimento.akeneo.oauth;

import io.pimento.akeneo.AkeneoException;
import io.pimento.common.ProblemExceptionMappers;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Akeneo's token endpoint: the client authenticates with HTTP Basic (client id and secret), the
 * body names the grant. The user's password goes through Pimento's own password check (bcrypt,
 * disabled users refused, wrong guesses throttled), so this is no second way in. Bad grants are
 * Akeneo's 422 {@code {"code", "message"}}.
 */
@Path("/api/oauth/v1/token")
@Produces(MediaType.APPLICATION_JSON)
public class OAuthTokenResource {

    private static final String BASIC = "basic ";

    private final ApiConnectionService connections;
    private final IdentityProviderManager identities;

    OAuthTokenResource(ApiConnectionService connections, IdentityProviderManager identities) {
        this.connections = connections;
        this.identities = identities;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public TokenPair tokenFromJson(@RestHeader(HttpHeaders.AUTHORIZATION) String authorization, TokenRequest request) {
        return token(authorization, request == null ? new TokenRequest(null, null, null, null) : request);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TokenPair tokenFromForm(@RestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                   @RestForm("grant_type") String grantType, @RestForm String username, @RestForm String password,
                                   @RestForm("refresh_token") String refreshToken) {
        return token(authorization, new TokenRequest(grantType, username, password, refreshToken));
    }

    private TokenPair token(String authorization, TokenRequest request) {
        String[] client = basic(authorization);
        ApiConnection connection = connections.client(client[0], client[1]);
        if ("password".equals(request.grantType())) {
            if (request.username() == null || request.password() == null) {
                throw AkeneoException.unprocessable("Parameter \"username\" and \"password\" are required for the password grant");
            }
            String username = checkPassword(request.username(), request.password());
            return connections.grant(connection.id, username);
        }
        if ("refresh_token".equals(request.grantType())) {
            if (request.refreshToken() == null) {
                throw AkeneoException.unprocessable("Parameter \"refresh_token\" is required for the refresh_token grant");
            }
            return connections.refresh(connection.id, request.refreshToken());
        }
        throw AkeneoException.unprocessable(request.grantType() == null ? "Parameter \"grant_type\" is required"
                : "Grant type \"%s\" is not supported: use password or refresh_token".formatted(request.grantType()));
    }

    /** Pimento's password check, as HTTP Basic uses it; the username as stored. */
    private String checkPassword(String username, String password) {
        try {
            SecurityIdentity identity = identities.authenticateBlocking(
                    new UsernamePasswordAuthenticationRequest(username, new PasswordCredential(password.toCharArray())));
            return identity.getPrincipal().getName();
        } catch (AuthenticationFailedException e) {
            Object retryAfter = e.getAttributes() == null ? null : e.getAttributes().get(ProblemExceptionMappers.RETRY_AFTER_SECONDS);
            if (retryAfter != null) {
                throw new AkeneoException(429, e.getMessage());
            }
            throw AkeneoException.unprocessable("Invalid user credentials.");
        }
    }

    /** {client id, secret} from {@code Authorization: Basic ...}; blanks when absent or unreadable (then no client matches). */
    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return new String[] {null, null};
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? new String[] {decoded, null} : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException unreadable) {
            return new String[] {null, null};
        }
    }
}
