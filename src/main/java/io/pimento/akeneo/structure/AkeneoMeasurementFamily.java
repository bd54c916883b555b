package io.pimento.akeneo.structure;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.pimento.catalog.measurement.MeasurementFamily;
import io.pimento.catalog.measurement.MeasurementUnit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A measurement family in Akeneo's shape: units keyed by code, each with the operations that turn
 * an amount in that unit into the standard unit ({@code convert_from_standard}, Akeneo's name).
 * Pimento's families have no labels: {@code labels} is empty.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record AkeneoMeasurementFamily(String code, Map<String, String> labels, String standardUnitCode, Map<String, Unit> units) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Unit(String code, Map<String, String> labels, List<Operation> convertFromStandard, String symbol) {
    }

    /** {@code mul}, {@code div}, {@code add} or {@code sub}, with the operand as a decimal string (never rounded). */
    record Operation(String operator, String value) {
    }

    static AkeneoMeasurementFamily of(MeasurementFamily family) {
        Map<String, Unit> units = new LinkedHashMap<>();
        family.units().forEach(unit -> units.put(unit.code(), new Unit(unit.code(), Map.of(), operations(unit), unit.symbol())));
        return new AkeneoMeasurementFamily(family.code(), Map.of(), family.standardUnit(), units);
    }

    /**
     * Pimento's {@code standard = (amount + shift) * multiplier / divisor + offset}, one operation per
     * term that does something, so factors such as 1/3600 stay exact; the standard unit is {@code mul 1}.
     */
    static List<Operation> operations(MeasurementUnit unit) {
        List<Operation> operations = new ArrayList<>();
        if (unit.shift().signum() != 0) {
            operations.add(unit.shift().signum() > 0 ? new Operation("add", plain(unit.shift())) : new Operation("sub", plain(unit.shift().negate())));
        }
        if (unit.multiplier().compareTo(BigDecimal.ONE) != 0) {
            operations.add(new Operation("mul", plain(unit.multiplier())));
        }
        if (unit.divisor().compareTo(BigDecimal.ONE) != 0) {
            operations.add(new Operation("div", plain(unit.divisor())));
        }
        if (unit.offset().signum() != 0) {
            operations.add(new Operation("add", plain(unit.offset())));
        }
        if (operations.isEmpty()) {
            operations.add(new Operation("mul", "1"));
        }
        return operations;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
