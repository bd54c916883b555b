package io.pimento.targeting.condition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Over which span a behaviour is counted: the current session, or everything the visitor did. */
public enum Within {
    SESSION, HISTORY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Within> fromCode(String code) {
        return Arrays.stream(values()).filter(w -> w.code().equals(code)).findFirst();
    }
}
