package io.pimento.catalog.product;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;

/** Where a product stands in the enrichment workflow. */
public enum EnrichmentStatus {
    DRAFT, IN_REVIEW, APPROVED;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static EnrichmentStatus fromCode(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code().equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "'%s' is not a status; use draft, in_review or approved".formatted(code)));
    }
}
