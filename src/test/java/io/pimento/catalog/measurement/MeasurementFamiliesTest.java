package io.pimento.catalog.measurement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Plain unit tests: the registry is framework-free. */
class MeasurementFamiliesTest {

    @ParameterizedTest
    @CsvSource({
            "500, Weight, GRAM, 0.5",
            "1, Weight, POUND, 0.45359237",
            "2, Length, KILOMETER, 2000",
            "12, Length, INCH, 0.3048",
            "1, Length, FOOT, 0.3048",
            "3600, Speed, METER_PER_HOUR, 1",
            "36, Speed, KILOMETER_PER_HOUR, 10",
            "1, Binary, KILOBYTE, 1024",
            "1.5, Volume, LITER, 0.0015",
            "2, Duration, HOUR, 7200",
            "0, Temperature, CELSIUS, 273.15",
            "32, Temperature, FAHRENHEIT, 273.15",
            "212, Temperature, FAHRENHEIT, 373.15",
            "1, ElectricCharge, COULOMB, 0.0002777777777777777777777777777777778"})
    void shouldConvertToStandardUnit(String amount, String family, String unit, String expected) {
        assertThat(MeasurementFamilies.toStandard(new BigDecimal(amount), family, unit)).isEqualByComparingTo(expected);
    }

    @Test
    void shouldConvertBackFromStandardUnit() {
        assertThat(MeasurementFamilies.fromStandard(new BigDecimal("373.15"), "Temperature", "FAHRENHEIT")).isEqualByComparingTo("212");
        assertThat(MeasurementFamilies.fromStandard(new BigDecimal("1"), "Weight", "GRAM")).isEqualByComparingTo("1000");
    }

    @Test
    void shouldFindFamiliesAndUnitsWhateverTheCase() {
        assertThat(MeasurementFamilies.family("weight")).get().extracting(MeasurementFamily::code).isEqualTo("Weight");
        assertThat(MeasurementFamilies.unit("Weight", "kilogram")).get().extracting(MeasurementUnit::code).isEqualTo("KILOGRAM");
        assertThat(MeasurementFamilies.family("DataSize")).get().extracting(MeasurementFamily::code).isEqualTo("Binary");
    }

    @Test
    void shouldHaveStandardUnitInEveryFamily() {
        assertThat(MeasurementFamilies.all()).allSatisfy(family -> {
            assertThat(family.unit(family.standardUnit())).isPresent();
            assertThat(family.unit(family.standardUnit()).get().toStandard(BigDecimal.TEN)).isEqualByComparingTo("10");
        });
    }

    @Test
    void shouldRefuseUnknownUnit() {
        assertThatThrownBy(() -> MeasurementFamilies.toStandard(BigDecimal.ONE, "Weight", "METER"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("METER");
    }
}
