package io.pimento.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Restores the user of a web UI session. The form login's encrypted cookie only names the user, so
 * each request reads the user again: a user disabled (or given another role) since logging in is
 * refused (or sees the new role) at their next request.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private record Account(String username, String role) {
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Optional<Account> account = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(request.getPrincipal())
                    .filter(user -> user.enabled)
                    .map(user -> new Account(user.username, user.role)));
            return account.map(found -> SecurityIdentities.of(found.username(), found.role()))
                    .orElseThrow(SecurityIdentities::refused);
        });
    }
}
