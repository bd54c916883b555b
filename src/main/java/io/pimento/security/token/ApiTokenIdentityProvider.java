package io.pimento.security.token;

import io.pimento.security.SecurityIdentities;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Turns a valid personal API token ({@code pim_...}) into its owner's identity, with the lower of
 * the owner's current role and the token's scope ({@link TokenScope#effectiveRole}): the one place
 * scopes are applied, so resources keep naming only the role they need. The identity also carries
 * the token ({@link TokenGrant}), which binds the tokens it creates.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider extends MarkedTokenIdentityProvider {

    private final ApiTokenService tokens;

    ApiTokenIdentityProvider(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected String mark() {
        return ApiTokenService.TOKEN_MARK;
    }

    @Override
    protected Optional<SecurityIdentity> identify(String token) {
        return tokens.authenticate(token).map(owner -> QuarkusSecurityIdentity
                .builder(SecurityIdentities.of(owner.username(), owner.grant().scope().effectiveRole(owner.role()).code()))
                .addAttribute(TokenGrant.ATTRIBUTE, owner.grant())
                .build());
    }
}
