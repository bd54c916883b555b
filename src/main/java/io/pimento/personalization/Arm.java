package io.pimento.personalization;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The arms of a placement experiment: the learned ranker, an optional variant ranking, and the
 * holdout (targeting only). A visitor's arm is sticky: a hash of the placement and the visitor
 * (the session when no visitor is given) against the shares, the same on every instance and every
 * request: the first {@code holdout} of the hash range is held out, the next {@code variant} share
 * gets the variant. The arm travels in the placement response's id
 * ({@code home.h.<uuid>}), so impression and click events, which carry that id, are attributed
 * to it without storing responses.
 */
public enum Arm {
    PERSONALIZED("p"), VARIANT("b"), HOLDOUT("h");

    private final String mark;

    Arm(String mark) {
        this.mark = mark;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The arm of {@code who} when {@code holdout} are held out and the next {@code variant} share gets the variant. */
    public static Arm of(String placement, String who, double holdout, double variant) {
        if (holdout <= 0 && variant <= 0 || who == null || who.isBlank()) {
            return PERSONALIZED;
        }
        double bucket = bucket(placement + ":" + who);
        return bucket < holdout ? HOLDOUT : bucket < holdout + variant ? VARIANT : PERSONALIZED;
    }

    /** A position in [0, 1) spread evenly over visitors: the first 53 bits of SHA-256. */
    public static double bucket(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < 8; i++) {
                bits = bits << 8 | (hash[i] & 0xff);
            }
            return (bits >>> 11) / (double) (1L << 53);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A response id carrying the placement and the arm. */
    public String responseId(String placement, UUID id) {
        return placement + "." + mark + "." + id;
    }

    /** The prefix of the response ids of this arm on {@code placement}, for counting their events. */
    public String responsePrefix(String placement) {
        return placement + "." + mark + ".";
    }

    /** The arm a response id carries; empty for ids of another shape (sent by hand, older responses). */
    public static Optional<Arm> ofResponse(String responseId) {
        if (responseId == null) {
            return Optional.empty();
        }
        String[] parts = responseId.split("\\.", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        for (Arm arm : values()) {
            if (arm.mark.equals(parts[1])) {
                return Optional.of(arm);
            }
        }
        return Optional.empty();
    }
}
