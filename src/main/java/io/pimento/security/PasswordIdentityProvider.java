package io.pimento.security;

import io.pimento.common.ProblemExceptionMappers;
import io.pimento.security.ratelimit.RateLimit;
import io.pimento.security.ratelimit.RateLimiter;
import io.pimento.security.session.UiSessions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks HTTP Basic and login form credentials against {@link User}: bcrypt password (skipped for
 * pairs in {@link VerifiedCredentials}), and only enabled users get in. Wrong passwords are counted
 * per username and per client address (docs/security.md, "Guessed passwords"); a login on the UI's
 * form opens a server-side session ({@link UiSessions}).
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private record Account(String username, String passwordHash, String role, boolean enabled) {
    }

    private final VerifiedCredentials verified;
    private final RateLimiter rateLimiter;
    private final UiSessions sessions;
    private final String formPostLocation;
    private final RateLimit guesses;
    /** Null when the limit per client address is off. */
    private final RateLimit guessesFromAddress;

    PasswordIdentityProvider(VerifiedCredentials verified, RateLimiter rateLimiter, UiSessions sessions, SecurityConfig config,
                             @ConfigProperty(name = "quarkus.http.auth.form.post-location") String formPostLocation) {
        this.verified = verified;
        this.rateLimiter = rateLimiter;
        this.sessions = sessions;
        this.formPostLocation = formPostLocation;
        SecurityConfig.PasswordGuesses limits = config.passwordGuesses();
        this.guesses = RateLimit.of(limits.burst(), limits.period(), limits.burst());
        this.guessesFromAddress = limits.perAddressBurst() <= 0 ? null
                : RateLimit.of(limits.perAddressBurst(), limits.period(), limits.perAddressBurst());
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return context.runBlocking(() -> {
            SecurityIdentity identity = verify(request.getUsername(), request.getPassword().getPassword(), clientAddress(routing));
            if (routing != null && routing.normalizedPath().equals(formPostLocation)) {
                // a login on the UI's form: the session it opens is one the server can end
                sessions.open(routing, identity.getPrincipal().getName());
            }
            return identity;
        });
    }

    private SecurityIdentity verify(String username, char[] password, String address) {
        // A short transaction of its own: the bcrypt check below must not hold a connection.
        Optional<Account> found = QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username)
                .map(user -> new Account(user.username, user.password, user.role, user.enabled)));
        String guessKey = "password-guesses:" + username.toLowerCase(Locale.ROOT);
        String addressKey = address == null ? null : "password-guesses-from:" + address;
        if (found.isEmpty()) {
            // unknown names are throttled like known ones, so the answer does not tell them apart
            throttle(guessKey, addressKey);
            Passwords.verifyDecoy(password);
            countWrong(guessKey, addressKey);
            throw SecurityIdentities.refused();
        }
        Account account = found.get();
        if (!verified.contains(account.username(), password, account.passwordHash())) {
            // a guessed password costs a bcrypt check: refuse before it once the name, or the
            // client's address, had too many wrong ones
            throttle(guessKey, addressKey);
            if (!Passwords.matches(password, account.passwordHash())) {
                countWrong(guessKey, addressKey);
                throw SecurityIdentities.refused();
            }
            verified.remember(account.username(), password, account.passwordHash());
        }
        if (!account.enabled()) {
            throw SecurityIdentities.refused();
        }
        return SecurityIdentities.of(account.username(), account.role());
    }

    private void throttle(String guessKey, String addressKey) {
        refuseFor(rateLimiter.secondsUntilPermit(guessKey, guesses), "this user");
        if (addressKey != null && guessesFromAddress != null) {
            refuseFor(rateLimiter.secondsUntilPermit(addressKey, guessesFromAddress), "your address");
        }
    }

    private static void refuseFor(long wait, String whom) {
        if (wait > 0) {
            // an authentication failure (the login form treats it as one) that the API answers with 429 and Retry-After
            throw new AuthenticationFailedException("too many wrong passwords for %s; retry in %d s".formatted(whom, wait),
                    Map.of(ProblemExceptionMappers.RETRY_AFTER_SECONDS, wait));
        }
    }

    private void countWrong(String guessKey, String addressKey) {
        rateLimiter.take(guessKey, guesses);
        if (addressKey != null && guessesFromAddress != null) {
            rateLimiter.take(addressKey, guessesFromAddress);
        }
    }

    /**
     * The client's address as the HTTP layer sees it: behind a reverse proxy, the forwarded one
     * when {@code quarkus.http.proxy.proxy-address-forwarding} trusts the proxy (docs/security.md).
     */
    private static String clientAddress(RoutingContext routing) {
        if (routing == null || routing.request().remoteAddress() == null) {
            return null;
        }
        String host = routing.request().remoteAddress().hostAddress();
        return host == null || host.isEmpty() ? null : host;
    }
}
