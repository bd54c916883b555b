package io.pimento.security;

import io.pimento.security.ratelimit.RateLimit;
import io.pimento.security.ratelimit.RateLimiter;

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
    private final RateLimiter rateLimiter;
    private final RateLimit guesses;

    PasswordIdentityProvider(VerifiedCredentials verified, RateLimiter rateLimiter, SecurityConfig config) {
        this.verified = verified;
        this.rateLimiter = rateLimiter;
        this.guesses = RateLimit.of(config.passwordGuesses().burst(), config.passwordGuesses().period(), config.passwordGuesses().burst());
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
        String guessKey = "password-guesses:" + username.toLowerCase(java.util.Locale.ROOT);
        if (found.isEmpty()) {
            // unknown names are throttled like known ones, so the answer does not tell them apart
            throttle(guessKey);
            Passwords.verifyDecoy(password);
            rateLimiter.take(guessKey, guesses);
            throw SecurityIdentities.refused();
        }
        Account account = found.get();
        if (!verified.contains(account.username(), password, account.passwordHash())) {
            // a guessed password costs a bcrypt check: refuse before it once the name had too many wrong ones
            throttle(guessKey);
            if (!Passwords.matches(password, account.passwordHash())) {
                rateLimiter.take(guessKey, guesses);
                throw SecurityIdentities.refused();
            }
            verified.remember(account.username(), password, account.passwordHash());
        }
        if (!account.enabled()) {
            throw SecurityIdentities.refused();
        }
        return SecurityIdentities.of(account.username(), account.role());
    }

    private void throttle(String key) {
        long wait = rateLimiter.secondsUntilPermit(key, guesses);
        if (wait > 0) {
            // an authentication failure (the login form treats it as one) that the API answers with 429 and Retry-After
            throw new io.quarkus.security.AuthenticationFailedException("too many wrong passwords for this user; retry in %d s".formatted(wait),
                    java.util.Map.of(io.pimento.common.ProblemExceptionMappers.RETRY_AFTER_SECONDS, wait));
        }
    }
}
