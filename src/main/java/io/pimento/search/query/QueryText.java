package io.pimento.search.query;

import io.pimento.common.BadRequestException;

/**
 * Bounds what the full-text {@code q} may cost OpenSearch (docs/security.md). {@code q} uses the
 * simple query string syntax, where {@code word~2} is a fuzzy term and {@code word*} a prefix:
 * each expands to every indexed term within reach, so a few hundred of them took seconds and
 * slowed every other search. A query may have at most {@value #MAX_TERMS} terms, of which at most
 * {@value #MAX_EXPANDING_TERMS} fuzzy or prefix ones, and a prefix needs
 * {@value #MIN_PREFIX_LENGTH} characters before its {@code *}; beyond that it is refused with a
 * 400 naming {@code q}.
 */
public final class QueryText {

    public static final int MAX_LENGTH = 1000;
    public static final int MAX_TERMS = 32;
    public static final int MAX_EXPANDING_TERMS = 4;
    public static final int MIN_PREFIX_LENGTH = 2;

    private QueryText() {
    }

    /** Checks {@code q} (named {@code parameter} in the refusal); returns it unchanged. */
    public static String check(String parameter, String text) {
        if (text == null) {
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            throw BadRequestException.of(parameter, "%s is %d characters long; at most %d are searched".formatted(parameter, text.length(), MAX_LENGTH));
        }
        int terms = 0;
        int expanding = 0;
        for (String token : text.split("[\\s|+()]+")) {
            String word = stripOperators(token);
            if (word.isEmpty()) {
                continue;
            }
            terms++;
            if (isFuzzy(word)) {
                expanding++;
            } else if (word.endsWith("*") && !word.endsWith("\\*")) {
                String prefix = word.substring(0, word.length() - 1).replace("*", "");
                if (prefix.codePointCount(0, prefix.length()) < MIN_PREFIX_LENGTH) {
                    throw BadRequestException.of(parameter, "'%s': a prefix search needs at least %d characters before the *"
                            .formatted(abbreviate(word), MIN_PREFIX_LENGTH));
                }
                expanding++;
            }
        }
        if (terms > MAX_TERMS) {
            throw BadRequestException.of(parameter, "%s has %d terms; at most %d are allowed".formatted(parameter, terms, MAX_TERMS));
        }
        if (expanding > MAX_EXPANDING_TERMS) {
            throw BadRequestException.of(parameter, "%s has %d fuzzy (~) or prefix (*) terms; at most %d are allowed"
                    .formatted(parameter, expanding, MAX_EXPANDING_TERMS));
        }
        return text;
    }

    /** A word ending in {@code ~} or {@code ~N} (a phrase's {@code "..."~N} is a slop, not fuzzy). */
    private static boolean isFuzzy(String word) {
        int tilde = word.lastIndexOf('~');
        if (tilde <= 0 || word.charAt(tilde - 1) == '\\' || word.charAt(tilde - 1) == '"') {
            return false;
        }
        for (int i = tilde + 1; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String stripOperators(String token) {
        int start = 0;
        while (start < token.length() && (token.charAt(start) == '-' || token.charAt(start) == '"')) {
            start++;
        }
        return token.substring(start);
    }

    private static String abbreviate(String word) {
        return word.length() > 40 ? word.substring(0, 40) + "..." : word;
    }
}
