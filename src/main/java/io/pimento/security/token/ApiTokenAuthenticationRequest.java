package io.pimento.security.token;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/**
 * A bearer token presented in {@code Authorization: Bearer ...}: a personal token ({@code pim_...},
 * {@link ApiTokenIdentityProvider}) or a channel's ({@code pch_...}, in the feeds package). Each
 * identity provider takes the kind its mark names and passes on the others.
 */
public class ApiTokenAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public ApiTokenAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
