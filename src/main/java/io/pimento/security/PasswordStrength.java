package io.pimento.security;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a password is too easy to guess, and why. Three rules, cheapest first:
 * <ol>
 *   <li>at least {@value #MIN_DISTINCT} different characters ({@code aaaaaaaa}, {@code abababab});</li>
 *   <li>not the username, nor containing it (from {@value #MIN_CONTAINED_USERNAME} characters on);</li>
 *   <li>a zxcvbn score (0-4: how many guesses it would take, counting common passwords, names,
 *       words, keyboard patterns, sequences, dates and the username) of at least {@code minScore}.</li>
 * </ol>
 * Pure: no framework, so its rules are tested as a table ({@code PasswordStrengthTest}).
 */
public final class PasswordStrength {

    static final int MIN_DISTINCT = 5;
    /** Shorter usernames (a, jo) would refuse too many good passwords that happen to contain them. */
    static final int MIN_CONTAINED_USERNAME = 3;

    private PasswordStrength() {
    }

    /** Why {@code password} is too weak for {@code username}, or empty when it is strong enough. */
    public static Optional<String> weakness(String password, String username, int minScore) {
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            return Optional.of("too few different characters (at least %d)".formatted(MIN_DISTINCT));
        }
        if (username != null && !username.isBlank()) {
            String lowerPassword = password.toLowerCase(Locale.ROOT);
            String lowerUsername = username.toLowerCase(Locale.ROOT);
            if (lowerPassword.equals(lowerUsername)
                    || (lowerUsername.length() >= MIN_CONTAINED_USERNAME && lowerPassword.contains(lowerUsername))) {
                return Optional.of("must not be or contain the username");
            }
        }
        if (minScore <= 0) {
            return Optional.empty();
        }
        Strength strength = Estimator.ZXCVBN.measure(password, username == null ? List.of() : List.of(username));
        if (strength.getScore() >= minScore) {
            return Optional.empty();
        }
        String warning = strength.getFeedback().getWarning(Locale.ENGLISH);
        String why = warning == null || warning.isBlank() ? "" : " (" + lowerFirst(warning.strip()).replaceAll("\\.$", "") + ")";
        return Optional.of("too easy to guess%s: use a longer password, for example a few unrelated words".formatted(why));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** zxcvbn loads its dictionaries once (about half a second), on the first password checked, not at start-up. */
    private static final class Estimator {
        // Zxcvbn keeps only read-only dictionaries and keyboards; each measure() builds its own state.
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }
}
