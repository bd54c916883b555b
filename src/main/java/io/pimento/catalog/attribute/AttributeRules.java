package io.pimento.catalog.attribute;

import io.pimento.catalog.locale.CatalogLocale;
import io.pimento.catalog.measurement.MeasurementFamilies;
import io.pimento.catalog.measurement.MeasurementFamily;
import io.pimento.catalog.measurement.MeasurementUnit;
import io.pimento.catalog.support.CodeLookup;
import io.pimento.catalog.support.Codes;
import io.pimento.catalog.support.Decimals;
import io.pimento.catalog.support.Violations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import static io.pimento.catalog.attribute.AttributeType.DATE;
import static io.pimento.catalog.attribute.AttributeType.FILE;
import static io.pimento.catalog.attribute.AttributeType.IDENTIFIER;
import static io.pimento.catalog.attribute.AttributeType.IMAGE;
import static io.pimento.catalog.attribute.AttributeType.METRIC;
import static io.pimento.catalog.attribute.AttributeType.NUMBER;
import static io.pimento.catalog.attribute.AttributeType.PRICE_COLLECTION;
import static io.pimento.catalog.attribute.AttributeType.REFERENCE_DATA_MULTISELECT;
import static io.pimento.catalog.attribute.AttributeType.REFERENCE_DATA_SIMPLESELECT;
import static io.pimento.catalog.attribute.AttributeType.TEXT;
import static io.pimento.catalog.attribute.AttributeType.TEXTAREA;

/**
 * Which properties each attribute type takes and what values they accept, as in Akeneo. A
 * property that does not apply to the type is refused rather than silently stored.
 */
final class AttributeRules {

    static final Set<String> VALIDATION_RULES = Set.of("email", "url", "regexp");
    private static final Pattern EXTENSION = Pattern.compile("^[a-z0-9]+$");
    private static final BigDecimal MAX_FILE_SIZE = new BigDecimal("9999.99");
    private static final int MAX_TEXT_LENGTH = 65535;

    private static final Set<AttributeType> TEXTUAL = EnumSet.of(TEXT, TEXTAREA, IDENTIFIER);
    private static final Set<AttributeType> PATTERNED = EnumSet.of(TEXT, IDENTIFIER);
    private static final Set<AttributeType> NUMERIC = EnumSet.of(NUMBER, METRIC, PRICE_COLLECTION);
    private static final Set<AttributeType> SIGNED = EnumSet.of(NUMBER, METRIC);
    private static final Set<AttributeType> MEDIA = EnumSet.of(IMAGE, FILE);
    private static final Set<AttributeType> REFERENCE_DATA = EnumSet.of(REFERENCE_DATA_SIMPLESELECT, REFERENCE_DATA_MULTISELECT);
    private static final Set<AttributeType> UNIQUE_CAPABLE = EnumSet.of(IDENTIFIER, TEXT, NUMBER, DATE);

    private AttributeRules() {
    }

    /** Checks the properties that depend on the type, normalising them in {@code draft}. */
    static void check(AttributeType type, AttributeDraft draft, Violations violations) {
        checkIdentity(type, draft, violations);
        checkAvailableLocales(draft, violations);
        checkText(type, draft, violations);
        checkNumbers(type, draft, violations);
        checkDates(type, draft, violations);
        checkMetric(type, draft, violations);
        checkMedia(type, draft, violations);
        checkReferenceData(type, draft, violations);
    }

    private static void checkIdentity(AttributeType type, AttributeDraft draft, Violations violations) {
        if (type == IDENTIFIER) {
            if (draft.localizable) {
                violations.add("localizable", "the identifier attribute cannot be localizable");
            }
            if (draft.scopable) {
                violations.add("scopable", "the identifier attribute cannot be scopable");
            }
            // An identifier identifies: it is unique by definition.
            draft.unique = true;
        }
        if (draft.unique && !UNIQUE_CAPABLE.contains(type)) {
            violations.add("unique", "only identifier, text, number and date attributes can be unique");
        } else if (draft.unique && (draft.localizable || draft.scopable)) {
            violations.add("unique", "a unique attribute cannot be localizable or scopable");
        }
    }

    private static void checkAvailableLocales(AttributeDraft draft, Violations violations) {
        List<String> locales = draft.availableLocales == null ? List.of() : draft.availableLocales;
        if (locales.isEmpty()) {
            draft.availableLocales = List.of();
            return;
        }
        if (!draft.localizable) {
            violations.add("available_locales", "only a localizable attribute can be restricted to some locales");
            return;
        }
        Map<String, CatalogLocale> found = CodeLookup.findAll(CatalogLocale.class, locales, l -> l.code);
        Set<String> resolved = new LinkedHashSet<>();
        for (int i = 0; i < locales.size(); i++) {
            CatalogLocale locale = found.get(Codes.key(locales.get(i)));
            if (locale == null) {
                violations.add("available_locales[" + i + "]", "locale '%s' does not exist".formatted(locales.get(i)));
            } else {
                resolved.add(locale.code);
            }
        }
        draft.availableLocales = new ArrayList<>(resolved);
    }

    private static void checkText(AttributeType type, AttributeDraft draft, Violations violations) {
        if (onlyFor(type, TEXTUAL, "max_characters", draft.maxCharacters, violations)
                && draft.maxCharacters != null && (draft.maxCharacters < 1 || draft.maxCharacters > MAX_TEXT_LENGTH)) {
            violations.add("max_characters", "max_characters must be between 1 and " + MAX_TEXT_LENGTH);
        }
        boolean ruleApplies = onlyFor(type, PATTERNED, "validation_rule", draft.validationRule, violations);
        boolean regexpApplies = onlyFor(type, PATTERNED, "validation_regexp", draft.validationRegexp, violations);
        if (ruleApplies && draft.validationRule != null) {
            draft.validationRule = draft.validationRule.toLowerCase(Locale.ROOT);
            if (!VALIDATION_RULES.contains(draft.validationRule)) {
                violations.add("validation_rule", "'%s' is not a validation rule; use email, url or regexp".formatted(draft.validationRule));
            }
        }
        if (regexpApplies) {
            boolean regexpRule = "regexp".equals(draft.validationRule);
            if (regexpRule && draft.validationRegexp == null) {
                violations.add("validation_regexp", "the regexp validation rule needs a validation_regexp");
            } else if (!regexpRule && draft.validationRegexp != null) {
                violations.add("validation_regexp", "validation_regexp is only used with the regexp validation rule");
            } else if (draft.validationRegexp != null) {
                checkRegexp(draft.validationRegexp, violations);
            }
        }
    }

    /** Akeneo stores PHP-style delimited patterns (/^[A-Z]+$/); both forms are accepted. */
    private static void checkRegexp(String regexp, Violations violations) {
        String body = regexp;
        if (body.length() >= 2 && body.charAt(0) == '/' && body.lastIndexOf('/') > 0) {
            body = body.substring(1, body.lastIndexOf('/'));
        }
        try {
            Pattern.compile(body);
        } catch (PatternSyntaxException e) {
            violations.add("validation_regexp", "'%s' is not a valid regular expression: %s".formatted(regexp, e.getDescription()));
        }
    }

    /** Bound of {@code number_min} and {@code number_max}: 16 digits before the point (decimals beyond 4 are rounded). */
    private static final BigDecimal NUMBER_BOUND = new BigDecimal("1E16");

    private static boolean storable(String field, BigDecimal value, Violations violations) {
        if (value == null) {
            return true;
        }
        if (value.abs().compareTo(NUMBER_BOUND) >= 0) {
            violations.add(field, "%s is at most 16 digits before the decimal point (below 10^16 in size)".formatted(field));
            return false;
        }
        return true;
    }

    private static void checkNumbers(AttributeType type, AttributeDraft draft, Violations violations) {
        boolean min = onlyFor(type, NUMERIC, "number_min", draft.numberMin, violations);
        boolean max = onlyFor(type, NUMERIC, "number_max", draft.numberMax, violations);
        draft.numberMin = Decimals.normalize(draft.numberMin);
        draft.numberMax = Decimals.normalize(draft.numberMax);
        // the columns are numeric(20, 4): what they cannot hold is the client's error, not a 500
        min = min && storable("number_min", draft.numberMin, violations);
        max = max && storable("number_max", draft.numberMax, violations);
        if (min && max && draft.numberMin != null && draft.numberMax != null && draft.numberMin.compareTo(draft.numberMax) > 0) {
            violations.add("number_min", "number_min (%s) is greater than number_max (%s)".formatted(draft.numberMin.toPlainString(), draft.numberMax.toPlainString()));
        }
        if (onlyFor(type, NUMERIC, "decimals_allowed", draft.decimalsAllowed, violations) && NUMERIC.contains(type) && draft.decimalsAllowed == null) {
            draft.decimalsAllowed = true;
        }
        if (onlyFor(type, SIGNED, "negative_allowed", draft.negativeAllowed, violations) && SIGNED.contains(type) && draft.negativeAllowed == null) {
            draft.negativeAllowed = true;
        }
    }

    private static void checkDates(AttributeType type, AttributeDraft draft, Violations violations) {
        LocalDate min = onlyFor(type, EnumSet.of(DATE), "date_min", draft.dateMin, violations) ? date("date_min", draft.dateMin, violations) : null;
        LocalDate max = onlyFor(type, EnumSet.of(DATE), "date_max", draft.dateMax, violations) ? date("date_max", draft.dateMax, violations) : null;
        draft.dateMin = min == null ? draft.dateMin : min.toString();
        draft.dateMax = max == null ? draft.dateMax : max.toString();
        if (min != null && max != null && min.isAfter(max)) {
            violations.add("date_min", "date_min (%s) is after date_max (%s)".formatted(min, max));
        }
    }

    /** Accepts {@code 2024-01-31} and Akeneo's {@code 2024-01-31T00:00:00+00:00}. */
    private static LocalDate date(String field, String value, Violations violations) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            violations.add(field, "'%s' is not a date (YYYY-MM-DD)".formatted(value));
            return null;
        }
    }

    private static void checkMetric(AttributeType type, AttributeDraft draft, Violations violations) {
        boolean familyApplies = onlyFor(type, EnumSet.of(METRIC), "metric_family", draft.metricFamily, violations);
        boolean unitApplies = onlyFor(type, EnumSet.of(METRIC), "default_metric_unit", draft.defaultMetricUnit, violations);
        if (type != METRIC || !familyApplies || !unitApplies) {
            return;
        }
        if (draft.metricFamily == null) {
            violations.add("metric_family", "a metric attribute needs a metric_family, one of " + familyCodes());
            return;
        }
        MeasurementFamily family = MeasurementFamilies.family(draft.metricFamily).orElse(null);
        if (family == null) {
            violations.add("metric_family", "'%s' is not a measurement family; use one of %s".formatted(draft.metricFamily, familyCodes()));
            return;
        }
        draft.metricFamily = family.code();
        if (draft.defaultMetricUnit == null) {
            violations.add("default_metric_unit", "a metric attribute needs a default_metric_unit of %s".formatted(family.code()));
            return;
        }
        MeasurementUnit unit = family.unit(draft.defaultMetricUnit).orElse(null);
        if (unit == null) {
            violations.add("default_metric_unit", "'%s' is not a unit of %s; use one of %s".formatted(draft.defaultMetricUnit, family.code(),
                    family.units().stream().map(MeasurementUnit::code).toList()));
        } else {
            draft.defaultMetricUnit = unit.code();
        }
    }

    private static void checkMedia(AttributeType type, AttributeDraft draft, Violations violations) {
        List<String> extensions = draft.allowedExtensions == null ? List.of() : draft.allowedExtensions;
        if (onlyFor(type, MEDIA, "allowed_extensions", extensions.isEmpty() ? null : extensions, violations)) {
            Set<String> clean = new LinkedHashSet<>();
            for (int i = 0; i < extensions.size(); i++) {
                String extension = extensions.get(i) == null ? "" : extensions.get(i).strip().replaceFirst("^\\.", "").toLowerCase(Locale.ROOT);
                if (!EXTENSION.matcher(extension).matches()) {
                    violations.add("allowed_extensions[" + i + "]", "'%s' is not a file extension such as jpg or pdf".formatted(extensions.get(i)));
                } else {
                    clean.add(extension);
                }
            }
            draft.allowedExtensions = new ArrayList<>(clean);
        } else {
            draft.allowedExtensions = List.of();
        }
        if (onlyFor(type, MEDIA, "max_file_size", draft.maxFileSize, violations) && draft.maxFileSize != null) {
            draft.maxFileSize = Decimals.normalize(draft.maxFileSize);
            if (draft.maxFileSize.signum() <= 0 || draft.maxFileSize.compareTo(MAX_FILE_SIZE) > 0) {
                violations.add("max_file_size", "max_file_size is in megabytes, between 0.01 and " + MAX_FILE_SIZE.toPlainString());
            }
        }
    }

    private static void checkReferenceData(AttributeType type, AttributeDraft draft, Violations violations) {
        if (onlyFor(type, REFERENCE_DATA, "reference_data_name", draft.referenceDataName, violations) && REFERENCE_DATA.contains(type)) {
            if (draft.referenceDataName == null) {
                violations.add("reference_data_name", "a reference data attribute needs a reference_data_name");
            } else {
                Codes.check("reference_data_name", draft.referenceDataName, violations);
            }
        }
    }

    /** False (with a violation) when a value is given for a type it does not apply to. */
    private static boolean onlyFor(AttributeType type, Set<AttributeType> types, String field, Object value, Violations violations) {
        if (value != null && !types.contains(type)) {
            violations.add(field, "%s only applies to %s attributes".formatted(field,
                    types.stream().map(AttributeType::code).sorted().collect(Collectors.joining(", "))));
            return false;
        }
        return true;
    }

    static String typeCodes() {
        return Arrays.stream(AttributeType.values()).map(AttributeType::code).collect(Collectors.joining(", "));
    }

    private static List<String> familyCodes() {
        return MeasurementFamilies.all().stream().map(MeasurementFamily::code).toList();
    }
}
