package io.pimento.catalog.measurement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.util.List;

/**
 * A measurement family as the API shows it. Factors are strings so that clients never round them:
 * {@code standard = amount * factor + offset} (offset only for temperatures).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MeasurementFamilyPayload(String code, String standardUnit, List<Unit> units) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Unit(String code, String symbol, String factor, String offset) {
    }

    static MeasurementFamilyPayload of(MeasurementFamily family) {
        return new MeasurementFamilyPayload(family.code(), family.standardUnit(), family.units().stream()
                .map(u -> new Unit(u.code(), u.symbol(), u.factor().toPlainString(),
                        u.zero().signum() == 0 ? null : u.zero().toPlainString()))
                .toList());
    }
}
