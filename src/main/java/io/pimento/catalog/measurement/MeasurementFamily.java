package io.pimento.catalog.measurement;

import java.util.List;
import java.util.Optional;

/** A physical quantity (Weight, Length...), its standard unit and every unit it can be given in. */
public record MeasurementFamily(String code, String standardUnit, List<MeasurementUnit> units) {

    public MeasurementFamily {
        units = List.copyOf(units);
    }

    /** Unit codes are matched case-insensitively, as Akeneo files spell them in capitals. */
    public Optional<MeasurementUnit> unit(String code) {
        return units.stream().filter(u -> u.code().equalsIgnoreCase(code)).findFirst();
    }
}
