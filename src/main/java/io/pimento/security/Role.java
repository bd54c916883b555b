package io.pimento.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do. Each role includes the rights of the ones below it:
 * viewer (read) &lt; editor (write catalog content) &lt; reviewer (also approve) &lt; admin (also structure and users).
 */
public enum Role {
    VIEWER, EDITOR, REVIEWER, ADMIN;

    public static final String VIEWER_CODE = "viewer";
    public static final String EDITOR_CODE = "editor";
    public static final String REVIEWER_CODE = "reviewer";
    public static final String ADMIN_CODE = "admin";

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This role and every role below it, lowest first. */
    public List<Role> included() {
        return Arrays.stream(values()).filter(lower -> lower.ordinal() <= ordinal()).toList();
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Role::code).toList();
    }
}
