package io.pimento.catalog.support;

import java.util.Locale;
import java.util.regex.Pattern;

/** The shape of structure codes, as in Akeneo: letters, digits and underscores, at most 100 characters. */
public final class Codes {

    public static final int MAX_LENGTH = 100;
    private static final Pattern CODE = Pattern.compile("^[A-Za-z0-9_]+$");

    private Codes() {
    }

    /** Adds a violation on {@code field} when {@code code} is missing or malformed; true when it is fine. */
    public static boolean check(String field, String code, Violations violations) {
        if (code == null || code.isBlank()) {
            violations.add(field, "a code is required");
            return false;
        }
        if (code.length() > MAX_LENGTH) {
            violations.add(field, "'%s' is longer than %d characters".formatted(abbreviate(code), MAX_LENGTH));
            return false;
        }
        if (!CODE.matcher(code).matches()) {
            violations.add(field, "'%s' may only contain letters, digits and underscores".formatted(code));
            return false;
        }
        return true;
    }

    /** Codes are unique case-insensitively: {@code Shoes} and {@code shoes} are the same resource. */
    public static String key(String code) {
        return code == null ? null : code.toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

    private static String abbreviate(String code) {
        return code.length() <= 40 ? code : code.substring(0, 37) + "...";
    }
}
