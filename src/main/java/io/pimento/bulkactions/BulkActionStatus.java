package io.pimento.bulkactions;

import java.util.Locale;

/** Where a bulk action job stands; the last three are final. */
public enum BulkActionStatus {
    QUEUED, RUNNING, COMPLETED, FAILED, INTERRUPTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this != QUEUED && this != RUNNING;
    }
}
