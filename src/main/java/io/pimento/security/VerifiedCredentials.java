package io.pimento.security;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Username/password pairs that recently passed bcrypt, so HTTP Basic clients (one check per
 * request) do not pay ~0.1-0.3 s of CPU on every call.
 *
 * <p>An entry remembers the password hash it was verified against and only counts while the
 * user's stored hash is still that one: a password change takes effect at once, on every
 * instance, with no invalidation. Role and enabled flag are always read from the database.
 * Keys are an HMAC with a per-process random key, so the clear password is never kept and the
 * keys are useless outside this process. Bounded: when full, expired entries go, then all.
 */
@ApplicationScoped
public class VerifiedCredentials {

    private record Entry(String passwordHash, long expiresAtNanos) {
    }

    private final long ttlNanos;
    private final int maxSize;
    private final SecretKeySpec key;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedCredentials(SecurityConfig config) {
        this.ttlNanos = config.passwordCache().ttl().toNanos();
        this.maxSize = config.passwordCache().size();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public boolean contains(String username, char[] password, String currentHash) {
        if (!enabled()) {
            return false;
        }
        Entry entry = entries.get(keyOf(username, password));
        return entry != null && entry.expiresAtNanos - System.nanoTime() > 0 && entry.passwordHash.equals(currentHash);
    }

    public void remember(String username, char[] password, String verifiedHash) {
        if (!enabled()) {
            return;
        }
        if (entries.size() >= maxSize) {
            long now = System.nanoTime();
            entries.values().removeIf(entry -> entry.expiresAtNanos - now <= 0);
            if (entries.size() >= maxSize) {
                entries.clear();
            }
        }
        entries.put(keyOf(username, password), new Entry(verifiedHash, System.nanoTime() + ttlNanos));
    }

    private boolean enabled() {
        return ttlNanos > 0 && maxSize > 0;
    }

    private String keyOf(String username, char[] password) {
        ByteBuffer passwordBytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(passwordBytes);
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        } finally {
            if (passwordBytes.hasArray()) {
                Arrays.fill(passwordBytes.array(), (byte) 0);
            }
        }
    }
}
