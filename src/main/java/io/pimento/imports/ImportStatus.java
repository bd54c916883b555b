package io.pimento.imports;

import java.util.Locale;

public enum ImportStatus {
    QUEUED, RUNNING, COMPLETED, FAILED, CANCELLED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }

    public static ImportStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
