package io.pimento.security.token;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** A bearer token presented in {@code Authorization: Bearer pim_...}. */
public class ApiTokenAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public ApiTokenAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
