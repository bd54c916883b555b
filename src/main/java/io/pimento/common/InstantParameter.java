package io.pimento.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A query parameter holding an ISO instant ({@code 2024-05-01T10:00:00Z}) or a date (midnight UTC). */
public final class InstantParameter {

    private InstantParameter() {
    }

    /** Null when absent or blank; a 400 naming the parameter when it is neither an instant nor a date. */
    public static Instant parse(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                throw BadRequestException.of(parameter,
                        "%s must be an ISO date or instant, like 2024-05-01T10:00:00Z".formatted(parameter));
            }
        }
    }
}
