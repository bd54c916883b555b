package io.pimento.common;

import java.time.Instant;
import java.time.OffsetDateTime;

/** A {@code timestamptz} as native queries return it (the JDBC driver and Hibernate differ) as an instant. */
public final class DatabaseTimes {

    private DatabaseTimes() {
    }

    /** Null stays null. */
    public static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
