package io.pimento.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Checks HTTP Basic credentials against {@link User}: bcrypt password (skipped for pairs in
 * {@link VerifiedCredentials}), and only enabled users get in.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private record Account(String username, String passwordHash, String role, boolean enabled) {
    }

    private final VerifiedCredentials verified;

    PasswordIdentityProvider(VerifiedCredentials verified) {
        this.verified = verified;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> verify(request.getUsername(), request.getPassword().getPassword()));
    }

    private SecurityIdentity verify(String username, char[] password) {
        // A short transaction of its own: the bcrypt check below must not hold a connection.
        Optional<Account> found = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username)
                .map(user -> new Account(user.username, user.password, user.role, user.enabled)));
        if (found.isEmpty()) {
            Passwords.verifyDecoy(password);
            throw SecurityIdentities.refused();
        }
        Account account = found.get();
        if (!verified.contains(account.username(), password, account.passwordHash())) {
            if (!Passwords.matches(password, account.passwordHash())) {
                throw SecurityIdentities.refused();
            }
            verified.remember(account.username(), password, account.passwordHash());
        }
        if (!account.enabled()) {
            throw SecurityIdentities.refused();
        }
        return SecurityIdentities.of(account.username(), account.role());
    }
}
