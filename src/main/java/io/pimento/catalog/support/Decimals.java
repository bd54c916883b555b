package io.pimento.catalog.support;

import java.math.BigDecimal;

/** One spelling per number, so that 1, 1.0 and "1.0000" from the database compare equal in history diffs. */
public final class Decimals {

    private Decimals() {
    }

    public static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
