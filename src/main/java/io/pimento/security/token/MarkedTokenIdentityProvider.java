package io.pimento.security.token;

import io.pimento.security.SecurityIdentities;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import java.util.Optional;

/**
 * Turns the bearer tokens of one kind (those starting with its mark) into identities, and passes
 * on the other kinds to the providers that know them; a token of its kind that it does not know is
 * refused. {@link ApiTokenIdentityProvider} for personal tokens; the feeds package has the channels'.
 */
public abstract class MarkedTokenIdentityProvider implements IdentityProvider<ApiTokenAuthenticationRequest> {

    /** How the tokens of this kind start ({@code pim_}, {@code pch_}). */
    protected abstract String mark();

    /** The identity a token of this kind stands for, if it is valid; runs on a worker thread, in no transaction. */
    protected abstract Optional<SecurityIdentity> identify(String token);

    @Override
    public Class<ApiTokenAuthenticationRequest> getRequestType() {
        return ApiTokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiTokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!TokenSecrets.carries(request.token(), mark())) {
            return Uni.createFrom().nullItem();
        }
        return context.runBlocking(() -> identify(request.token()).orElseThrow(SecurityIdentities::refused));
    }
}
