package io.pimento.catalog.product.schema;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Units of Akeneo's standard measurement families, to check a metric value's unit.
 * Stop-gap until {@code io.pimento.catalog.attribute.MeasurementFamilies} (structure) is on main:
 * {@link CatalogSchemaLoader} is the only caller, so switching means changing one line there.
 */
public final class MeasurementUnits {

    private static final Map<String, List<String>> FAMILIES = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    static {
        FAMILIES.put("Area", List.of("SQUARE_MILLIMETER", "SQUARE_CENTIMETER", "SQUARE_DECIMETER", "SQUARE_METER",
                "CENTIARE", "SQUARE_DEKAMETER", "ARE", "SQUARE_HECTOMETER", "HECTARE", "SQUARE_KILOMETER", "SQUARE_MIL",
                "SQUARE_INCH", "SQUARE_FOOT", "SQUARE_YARD", "ARPENT", "ACRE", "SQUARE_FURLONG", "SQUARE_MILE"));
        FAMILIES.put("Binary", List.of("CHAR", "BIT", "BYTE", "KILOBIT", "KILOBYTE", "MEGABIT", "MEGABYTE", "GIGABIT",
                "GIGABYTE", "TERABIT", "TERABYTE"));
        FAMILIES.put("Brightness", List.of("LUMEN", "NIT"));
        FAMILIES.put("Capacitance", List.of("ATTOFARAD", "PICOFARAD", "NANOFARAD", "MICROFARAD", "MILLIFARAD", "FARAD", "KILOFARAD"));
        FAMILIES.put("CaseBox", List.of("PIECE", "DOZEN"));
        FAMILIES.put("Decibel", List.of("DECIBEL"));
        FAMILIES.put("Duration", List.of("MILLISECOND", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "YEAR"));
        FAMILIES.put("ElectricCharge", List.of("MILLIAMPEREHOUR", "AMPEREHOUR", "MILLICOULOMB", "CENTICOULOMB",
                "DECICOULOMB", "COULOMB", "DEKACOULOMB", "HECTOCOULOMB", "KILOCOULOMB"));
        FAMILIES.put("Energy", List.of("JOULE", "KILOJOULE", "MEGAJOULE", "CALORIE", "KILOCALORIE", "WATTHOUR",
                "KILOWATTHOUR", "MEGAWATTHOUR", "BTU"));
        FAMILIES.put("Frequency", List.of("HERTZ", "KILOHERTZ", "MEGAHERTZ", "GIGAHERTZ", "TERAHERTZ"));
        FAMILIES.put("Intensity", List.of("MILLIAMPERE", "CENTIAMPERE", "DECIAMPERE", "AMPERE", "DEKAMPERE",
                "HECTOAMPERE", "KILOAMPERE"));
        FAMILIES.put("Length", List.of("NANOMETER", "MICROMETER", "MILLIMETER", "CENTIMETER", "DECIMETER", "METER",
                "DEKAMETER", "HECTOMETER", "KILOMETER", "MIL", "INCH", "FEET", "YARD", "CHAIN", "FURLONG", "MILE"));
        FAMILIES.put("Power", List.of("MILLIWATT", "WATT", "KILOWATT", "MEGAWATT", "GIGAWATT", "TERAWATT", "HORSEPOWER"));
        FAMILIES.put("Pressure", List.of("BAR", "PASCAL", "HECTOPASCAL", "MILLIBAR", "ATM", "PSI", "TORR", "MMHG"));
        FAMILIES.put("Resistance", List.of("MILLIOHM", "CENTIOHM", "DECIOHM", "OHM", "DEKAOHM", "HECTOHM", "KILOHM", "MEGOHM"));
        FAMILIES.put("Speed", List.of("METER_PER_SECOND", "METER_PER_MINUTE", "METER_PER_HOUR", "KILOMETER_PER_HOUR",
                "FOOT_PER_SECOND", "FOOT_PER_HOUR", "YARD_PER_HOUR", "MILE_PER_HOUR"));
        FAMILIES.put("Temperature", List.of("CELSIUS", "FAHRENHEIT", "KELVIN", "RANKINE", "REAUMUR"));
        FAMILIES.put("Voltage", List.of("MILLIVOLT", "CENTIVOLT", "DECIVOLT", "VOLT", "DEKAVOLT", "HECTOVOLT", "KILOVOLT"));
        FAMILIES.put("Volume", List.of("CUBIC_MILLIMETER", "CUBIC_CENTIMETER", "MILLILITER", "CENTILITER", "DECILITER",
                "CUBIC_DECIMETER", "LITER", "CUBIC_METER", "OUNCE", "PINT", "BARREL", "LIQUID_GALLON", "CUBIC_FOOT",
                "CUBIC_INCH", "CUBIC_YARD"));
        FAMILIES.put("Weight", List.of("MICROGRAM", "MILLIGRAM", "GRAM", "KILOGRAM", "TON", "GRAIN", "DENIER", "ONCE",
                "MARC", "LIVRE", "OUNCE", "POUND"));
    }

    private MeasurementUnits() {
    }

    /** The unit codes of a measurement family (case-insensitive family code), if it is known. */
    public static Optional<List<String>> unitsOf(String family) {
        return family == null ? Optional.empty() : Optional.ofNullable(FAMILIES.get(family.trim().toLowerCase(Locale.ROOT)));
    }
}
