package io.pimento.catalog.measurement;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A unit of a measurement family and how an amount converts to the family's standard unit:
 * {@code standard = (amount + shift) * multiplier / divisor + offset}. Keeping the divisor apart
 * keeps factors such as 1/3600 exact; shift and offset are only used by temperatures.
 */
public record MeasurementUnit(String code, String symbol, BigDecimal shift, BigDecimal multiplier, BigDecimal divisor, BigDecimal offset) {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    static MeasurementUnit times(String code, String symbol, String factor) {
        return ratio(code, symbol, factor, "1");
    }

    static MeasurementUnit ratio(String code, String symbol, String multiplier, String divisor) {
        return new MeasurementUnit(code, symbol, BigDecimal.ZERO, new BigDecimal(multiplier), new BigDecimal(divisor), BigDecimal.ZERO);
    }

    static MeasurementUnit affine(String code, String symbol, String shift, String multiplier, String divisor, String offset) {
        return new MeasurementUnit(code, symbol, new BigDecimal(shift), new BigDecimal(multiplier), new BigDecimal(divisor), new BigDecimal(offset));
    }

    public BigDecimal toStandard(BigDecimal amount) {
        return amount.add(shift).multiply(multiplier).divide(divisor, PRECISION).add(offset).stripTrailingZeros();
    }

    public BigDecimal fromStandard(BigDecimal amount) {
        return amount.subtract(offset).multiply(divisor).divide(multiplier, PRECISION).subtract(shift).stripTrailingZeros();
    }

    /** How much one of this unit is in the standard unit, rounded to 16 digits when not exact. */
    public BigDecimal factor() {
        return plain(multiplier.divide(divisor, MathContext.DECIMAL64));
    }

    /** What zero of this unit is in the standard unit (non-zero for temperatures only). */
    public BigDecimal zero() {
        return plain(toStandard(BigDecimal.ZERO).round(MathContext.DECIMAL64));
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
