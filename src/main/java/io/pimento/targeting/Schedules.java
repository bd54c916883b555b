package io.pimento.targeting;

import io.pimento.catalog.support.Violations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The bounds of what applies for a while (a rule's {@code start}/{@code end}, a content item's
 * {@code valid_from}/{@code valid_to}): ISO-8601 instants with their offset, or dates meaning
 * midnight UTC. The first bound is included, the second excluded.
 */
public final class Schedules {

    private Schedules() {
    }

    /** The bound, or null when it is absent (null or blank) or malformed (then a violation says so). */
    public static Instant parse(String field, String value, Violations violations) {
        if (isAbsent(value)) {
            return null;
        }
        String text = value.strip();
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            violations.add(field, "'%s' is not a date (2026-12-01) or a date and time with its offset (2026-12-01T08:00:00+01:00)"
                    .formatted(value));
            return null;
        }
    }

    /** Refuses an empty period: the end must come after the start. */
    public static void checkOrder(Instant from, Instant to, String toField, Violations violations) {
        if (from != null && to != null && !from.isBefore(to)) {
            violations.add(toField, "%s must come after the start (%s)".formatted(to, from));
        }
    }

    /** Whether {@code now} is within [from, to); a null bound is open. */
    public static boolean contains(Instant from, Instant to, Instant now) {
        return (from == null || !now.isBefore(from)) && (to == null || now.isBefore(to));
    }

    public static boolean isAbsent(String value) {
        return value == null || value.isBlank();
    }

    public static String format(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
