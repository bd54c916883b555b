package io.pimento.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Between an {@code <input type="datetime-local">} ({@code 2026-12-01T08:30}, read as UTC, as the
 * forms say) and the ISO-8601 instants the services take and answer ({@code 2026-12-01T08:30:00Z}).
 */
public final class DateTimeLocal {

    private DateTimeLocal() {
    }

    /** The instant the input means, as text for a service; what does not read as one is passed on for the service to refuse. */
    public static String toInstant(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(input.strip()).toInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            return input.strip();
        }
    }

    /** The input's value for a stored instant; empty when there is none. */
    public static String toInput(String instant) {
        if (instant == null || instant.isBlank()) {
            return "";
        }
        try {
            return LocalDateTime.ofInstant(Instant.parse(instant).truncatedTo(ChronoUnit.MINUTES), ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            return instant;
        }
    }
}
