package io.pimento.security.session;

import io.pimento.security.token.TokenSecrets;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The server side of web UI sessions, shared by every instance through PostgreSQL
 * ({@code ui_session}). Quarkus' form login keeps the user in an encrypted cookie that cannot be
 * taken back; a login here also stores the hash of a random value that a second cookie
 * ({@value #COOKIE}) carries, and a UI request is let in only while that row exists, belongs to the
 * cookie's user and has been used within the login timeout. Logging out deletes the row; a changed
 * password deletes all of the user's rows, so a copied or old cookie stops at its next request.
 *
 * <p>The session's CSRF token is an HMAC of the same random value: it cannot be planted by a
 * cookie of an attacker's choosing, and it dies with the session.
 */
@ApplicationScoped
public class UiSessions {

    public static final String COOKIE = "pimento-session";
    static final String PATH = "/ui";
    private static final int BYTES = 32;
    /** A session's last use is written at most this often: one UPDATE a minute, not one per request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    /** The user behind a live session. */
    public record Account(String username, String role) {
    }

    private final EntityManager em;
    private final Duration idleTimeout;

    UiSessions(EntityManager em, @ConfigProperty(name = "quarkus.http.auth.form.timeout", defaultValue = "PT30M") Duration idleTimeout) {
        this.em = em;
        this.idleTimeout = idleTimeout;
    }

    /** Opens a session for a user who just gave their password on the login form, and sets its cookie. */
    public void open(RoutingContext routing, String username) {
        String value = TokenSecrets.generate("");
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        insert into ui_session (token_hash, user_id, created_at, last_seen_at)
                        select :hash, id, now(), now() from app_user where username = :username
                        """)
                .setParameter("hash", hash(value))
                .setParameter("username", username)
                .executeUpdate());
        routing.response().addCookie(cookie(routing, value));
    }

    /**
     * The enabled user of the request's session, when it has a live one for {@code principal}
     * (the user the form login's cookie names). Reads the user's current role.
     */
    public Optional<Account> resume(RoutingContext routing, String principal) {
        String value = cookieValue(routing);
        if (value == null) {
            return Optional.empty();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery("""
                            select u.username, u.role, s.last_seen_at < now() - cast(:touch as interval)
                            from ui_session s join app_user u on u.id = s.user_id
                            where s.token_hash = :hash and u.username = :principal and u.enabled
                              and s.last_seen_at > now() - cast(:idle as interval)
                            """)
                    .setParameter("hash", hash(value))
                    .setParameter("principal", principal)
                    .setParameter("touch", TOUCH_INTERVAL.toSeconds() + " seconds")
                    .setParameter("idle", idleTimeout.toSeconds() + " seconds")
                    .getResultList();
            if (rows.isEmpty()) {
                return Optional.<Account>empty();
            }
            Object[] row = (Object[]) rows.get(0);
            if (Boolean.TRUE.equals(row[2])) {
                em.createNativeQuery("update ui_session set last_seen_at = now() where token_hash = :hash")
                        .setParameter("hash", hash(value))
                        .executeUpdate();
            }
            return Optional.of(new Account((String) row[0], (String) row[1]));
        });
    }

    /** Ends the request's session (logout) and removes its cookie. */
    public void close(RoutingContext routing) {
        String value = cookieValue(routing);
        if (value != null) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from ui_session where token_hash = :hash")
                    .setParameter("hash", hash(value))
                    .executeUpdate());
        }
        routing.response().addCookie(cookie(routing, "").setMaxAge(0));
    }

    /** Ends every session of the user, in the caller's transaction (a password change commits with it). */
    public void closeAll(String username) {
        em.createNativeQuery("delete from ui_session where user_id = (select id from app_user where username = :username)")
                .setParameter("username", username)
                .executeUpdate();
    }

    /** The CSRF token of the request's session, or {@code null} without a session cookie. */
    public String csrfToken(RoutingContext routing) {
        String value = cookieValue(routing);
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(value.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal("csrf".getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Rows of sessions idle past the timeout are refused already; deleting them keeps the table small. */
    @Scheduled(identity = "ui-session-sweep", every = "10m", delayed = "1m")
    void sweep() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from ui_session where last_seen_at < now() - cast(:idle as interval)")
                .setParameter("idle", idleTimeout.toSeconds() + " seconds")
                .executeUpdate());
    }

    /** The value of the request's session cookie, when it is one this class could have issued. */
    private static String cookieValue(RoutingContext routing) {
        Cookie cookie = routing.request().getCookie(COOKIE);
        if (cookie == null) {
            return null;
        }
        try {
            return Base64.getUrlDecoder().decode(cookie.getValue()).length == BYTES ? cookie.getValue() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Cookie cookie(RoutingContext routing, String value) {
        return Cookie.cookie(COOKIE, value).setPath(PATH).setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(routing.request().isSSL());
    }

    private static String hash(String value) {
        return TokenSecrets.hash(value);
    }
}
