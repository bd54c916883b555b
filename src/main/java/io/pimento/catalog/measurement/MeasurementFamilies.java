package io.pimento.catalog.measurement;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.pimento.catalog.measurement.MeasurementUnit.affine;
import static io.pimento.catalog.measurement.MeasurementUnit.ratio;
import static io.pimento.catalog.measurement.MeasurementUnit.times;

/**
 * The measurement families metric attributes can use, built into the code with Akeneo's family and
 * unit codes so that Akeneo catalogs import as they are. Plain Java: the product validator and the
 * search index convert amounts with {@link #toStandard} to compare them across units.
 */
public final class MeasurementFamilies {

    private static final List<MeasurementFamily> ALL = List.of(
            new MeasurementFamily("Area", "SQUARE_METER", List.of(
                    times("SQUARE_MILLIMETER", "mm²", "0.000001"),
                    times("SQUARE_CENTIMETER", "cm²", "0.0001"),
                    times("SQUARE_DECIMETER", "dm²", "0.01"),
                    times("SQUARE_METER", "m²", "1"),
                    times("CENTIARE", "ca", "1"),
                    times("SQUARE_DEKAMETER", "dam²", "100"),
                    times("ARE", "a", "100"),
                    times("SQUARE_HECTOMETER", "hm²", "10000"),
                    times("HECTARE", "ha", "10000"),
                    times("SQUARE_KILOMETER", "km²", "1000000"),
                    times("SQUARE_MIL", "sq mil", "0.00000000064516"),
                    times("SQUARE_INCH", "in²", "0.00064516"),
                    times("SQUARE_FOOT", "ft²", "0.09290304"),
                    times("SQUARE_YARD", "yd²", "0.83612736"),
                    times("ARPENT", "arpent", "3418.89"),
                    times("ACRE", "A", "4046.8564224"),
                    times("SQUARE_FURLONG", "fur²", "40468.564224"),
                    times("SQUARE_MILE", "mi²", "2589988.110336"))),
            // Akeneo calls data sizes "Binary"; "DataSize" is accepted as another name (see ALIASES).
            new MeasurementFamily("Binary", "BYTE", List.of(
                    times("BIT", "b", "0.125"),
                    times("BYTE", "B", "1"),
                    times("KILOBIT", "kbit", "125"),
                    times("KILOBYTE", "kB", "1024"),
                    times("MEGABIT", "Mbit", "125000"),
                    times("MEGABYTE", "MB", "1048576"),
                    times("GIGABIT", "Gbit", "125000000"),
                    times("GIGABYTE", "GB", "1073741824"),
                    times("TERABIT", "Tbit", "125000000000"),
                    times("TERABYTE", "TB", "1099511627776"))),
            new MeasurementFamily("Duration", "SECOND", List.of(
                    times("MILLISECOND", "ms", "0.001"),
                    times("SECOND", "s", "1"),
                    times("MINUTE", "min", "60"),
                    times("HOUR", "h", "3600"),
                    times("DAY", "d", "86400"),
                    times("WEEK", "week", "604800"),
                    times("MONTH", "month", "2628000"),
                    times("YEAR", "year", "31536000"))),
            new MeasurementFamily("ElectricCharge", "AMPEREHOUR", List.of(
                    times("MILLIAMPEREHOUR", "mAh", "0.001"),
                    times("AMPEREHOUR", "Ah", "1"),
                    ratio("MILLICOULOMB", "mC", "1", "3600000"),
                    ratio("COULOMB", "C", "1", "3600"),
                    ratio("KILOCOULOMB", "kC", "1000", "3600"))),
            new MeasurementFamily("Energy", "JOULE", List.of(
                    times("JOULE", "J", "1"),
                    times("KILOJOULE", "kJ", "1000"),
                    times("MEGAJOULE", "MJ", "1000000"),
                    times("CALORIE", "cal", "4.184"),
                    times("KILOCALORIE", "kcal", "4184"),
                    times("WATTHOUR", "Wh", "3600"),
                    times("KILOWATTHOUR", "kWh", "3600000"))),
            new MeasurementFamily("Frequency", "HERTZ", List.of(
                    times("HERTZ", "Hz", "1"),
                    times("KILOHERTZ", "kHz", "1000"),
                    times("MEGAHERTZ", "MHz", "1000000"),
                    times("GIGAHERTZ", "GHz", "1000000000"),
                    times("TERAHERTZ", "THz", "1000000000000"))),
            new MeasurementFamily("Length", "METER", List.of(
                    times("MILLIMETER", "mm", "0.001"),
                    times("CENTIMETER", "cm", "0.01"),
                    times("DECIMETER", "dm", "0.1"),
                    times("METER", "m", "1"),
                    times("DEKAMETER", "dam", "10"),
                    times("HECTOMETER", "hm", "100"),
                    times("KILOMETER", "km", "1000"),
                    times("MIL", "mil", "0.0000254"),
                    times("INCH", "in", "0.0254"),
                    // Akeneo's code is FEET; FOOT is the grammatical one. Both are accepted.
                    times("FEET", "ft", "0.3048"),
                    times("FOOT", "ft", "0.3048"),
                    times("YARD", "yd", "0.9144"),
                    times("CHAIN", "ch", "20.1168"),
                    times("FURLONG", "fur", "201.168"),
                    times("MILE", "mi", "1609.344"))),
            new MeasurementFamily("Power", "WATT", List.of(
                    times("WATT", "W", "1"),
                    times("KILOWATT", "kW", "1000"),
                    times("MEGAWATT", "MW", "1000000"),
                    times("GIGAWATT", "GW", "1000000000"),
                    times("TERAWATT", "TW", "1000000000000"),
                    times("HORSEPOWER", "hp", "745.69987158227022"))),
            new MeasurementFamily("Pressure", "BAR", List.of(
                    times("BAR", "Bar", "1"),
                    times("PASCAL", "Pa", "0.00001"),
                    times("HECTOPASCAL", "hPa", "0.001"),
                    times("MILLIBAR", "mBar", "0.001"),
                    times("ATM", "atm", "1.01325"),
                    times("PSI", "PSI", "0.0689475729"),
                    ratio("TORR", "Torr", "1.01325", "760"),
                    ratio("MMHG", "mmHg", "1.01325", "760"))),
            new MeasurementFamily("Speed", "METER_PER_SECOND", List.of(
                    times("METER_PER_SECOND", "m/s", "1"),
                    ratio("METER_PER_MINUTE", "m/mn", "1", "60"),
                    ratio("METER_PER_HOUR", "m/h", "1", "3600"),
                    ratio("KILOMETER_PER_HOUR", "km/h", "1000", "3600"),
                    times("FOOT_PER_SECOND", "ft/s", "0.3048"),
                    ratio("FOOT_PER_HOUR", "ft/h", "0.3048", "3600"),
                    ratio("YARD_PER_HOUR", "yd/h", "0.9144", "3600"),
                    ratio("MILE_PER_HOUR", "mi/h", "1609.344", "3600"))),
            new MeasurementFamily("Temperature", "KELVIN", List.of(
                    affine("CELSIUS", "°C", "0", "1", "1", "273.15"),
                    affine("FAHRENHEIT", "°F", "-32", "5", "9", "273.15"),
                    times("KELVIN", "K", "1"),
                    ratio("RANKINE", "°R", "5", "9"),
                    affine("REAUMUR", "°r", "0", "1.25", "1", "273.15"))),
            new MeasurementFamily("Voltage", "VOLT", List.of(
                    times("MILLIVOLT", "mV", "0.001"),
                    times("CENTIVOLT", "cV", "0.01"),
                    times("DECIVOLT", "dV", "0.1"),
                    times("VOLT", "V", "1"),
                    times("DEKAVOLT", "daV", "10"),
                    times("HECTOVOLT", "hV", "100"),
                    times("KILOVOLT", "kV", "1000"))),
            // Imperial (UK) ounce, pint and gallon, as in Akeneo.
            new MeasurementFamily("Volume", "CUBIC_METER", List.of(
                    times("CUBIC_MILLIMETER", "mm³", "0.000000001"),
                    times("CUBIC_CENTIMETER", "cm³", "0.000001"),
                    times("MILLILITER", "ml", "0.000001"),
                    times("CENTILITER", "cl", "0.00001"),
                    times("DECILITER", "dl", "0.0001"),
                    times("CUBIC_DECIMETER", "dm³", "0.001"),
                    times("LITER", "l", "0.001"),
                    times("CUBIC_METER", "m³", "1"),
                    times("OUNCE", "oz", "0.0000284130625"),
                    times("PINT", "pt", "0.00056826125"),
                    times("BARREL", "bbl", "0.158987294928"),
                    times("GALLON", "gal", "0.00454609"),
                    times("CUBIC_FOOT", "ft³", "0.028316846592"),
                    times("CUBIC_INCH", "in³", "0.000016387064"),
                    times("CUBIC_YARD", "yd³", "0.764554857984"))),
            new MeasurementFamily("Weight", "KILOGRAM", List.of(
                    times("MICROGRAM", "μg", "0.000000001"),
                    times("MILLIGRAM", "mg", "0.000001"),
                    times("GRAM", "g", "0.001"),
                    times("KILOGRAM", "kg", "1"),
                    times("TON", "t", "1000"),
                    times("GRAIN", "gr", "0.00006479891"),
                    times("OUNCE", "oz", "0.028349523125"),
                    times("POUND", "lb", "0.45359237"))));

    private static final Map<String, String> ALIASES = Map.of("datasize", "Binary");

    private static final Map<String, MeasurementFamily> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(f -> f.code().toLowerCase(Locale.ROOT), Function.identity()));

    private MeasurementFamilies() {
    }

    /** Every family, by code. */
    public static List<MeasurementFamily> all() {
        return ALL.stream().sorted(Comparator.comparing(MeasurementFamily::code)).toList();
    }

    /** A family by its code, case-insensitively ({@code Weight}, {@code weight}). */
    public static Optional<MeasurementFamily> family(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String key = code.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(BY_CODE.get(key))
                .or(() -> Optional.ofNullable(ALIASES.get(key)).map(alias -> BY_CODE.get(alias.toLowerCase(Locale.ROOT))));
    }

    public static Optional<MeasurementUnit> unit(String familyCode, String unitCode) {
        return family(familyCode).flatMap(f -> f.unit(unitCode));
    }

    /**
     * The amount in the family's standard unit (e.g. 500 GRAM is 0.5 KILOGRAM).
     *
     * @throws IllegalArgumentException when the family or unit is unknown
     */
    public static BigDecimal toStandard(BigDecimal amount, String familyCode, String unitCode) {
        return unitOrFail(familyCode, unitCode).toStandard(amount);
    }

    /** The reverse of {@link #toStandard}: a standard amount expressed in the given unit. */
    public static BigDecimal fromStandard(BigDecimal amount, String familyCode, String unitCode) {
        return unitOrFail(familyCode, unitCode).fromStandard(amount);
    }

    private static MeasurementUnit unitOrFail(String familyCode, String unitCode) {
        MeasurementFamily family = family(familyCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown measurement family '%s'".formatted(familyCode)));
        return family.unit(unitCode)
                .orElseThrow(() -> new IllegalArgumentException("unknown unit '%s' of measurement family '%s'".formatted(unitCode, family.code())));
    }
}
