package io.pimento.catalog.product.validation;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.schema.AttributeSchema;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.ChannelSchema;
import io.pimento.catalog.product.schema.FamilySchema;
import io.pimento.common.BoundedNumbers;
import io.pimento.common.FieldError;
import io.pimento.common.JacksonConfig;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the values of a product or product model against the catalog structure and normalises
 * their data, Akeneo's way. Pure Java and free of database access, so the CSV importer runs it on
 * thousands of rows a second; the one rule needing the database (unique values) is
 * {@link UniqueValueCheck}'s job.
 *
 * <p>Rules: the attribute exists and is in the family; locale and scope fit the attribute
 * (localizable ⇒ an enabled locale, in the channel's locales when also scopable, and among
 * {@code available_locales}; scopable ⇒ an existing channel; otherwise null); the data fits the
 * attribute type and its constraints. Every error of the payload is reported, each with the path
 * of the offending field ({@code values.<attribute>[<index>].data}).
 *
 * <p>Normalisation: integers stay numbers, decimals become strings keeping the given scale
 * ({@code 12.50 → "12.50"}), price amounts are strings, prices are sorted by currency, option
 * codes take their declared case and multi-select codes are sorted, date-times become dates,
 * empty strings and empty lists clear the value.
 */
public final class ProductValueValidator {

    static final int TEXT_MAX_CHARACTERS = 255;
    static final int TEXTAREA_MAX_CHARACTERS = 65_535;
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int OPTIONS_LISTED_IN_ERRORS = 10;

    private final CatalogSchema schema;
    private final ValuesPayload payload;
    private final FamilySchema family;
    private final List<FieldError> errors = new ArrayList<>();
    private final List<ValueUpdate> updates = new ArrayList<>();

    private ProductValueValidator(ValuesPayload payload, CatalogSchema schema) {
        this.schema = schema;
        this.payload = payload;
        this.family = schema.family(payload.family());
    }

    /** Validates and normalises all values of the payload; never throws for bad data. */
    public static ValidatedValues validate(ValuesPayload payload, CatalogSchema schema) {
        ProductValueValidator validator = new ProductValueValidator(payload, schema);
        validator.run();
        return new ValidatedValues(validator.updates, validator.errors);
    }

    public static String dataField(String attribute, int index) {
        return "values.%s[%d].data".formatted(attribute, index);
    }

    private void run() {
        // Sorted so errors come out in a stable order.
        new TreeMap<>(payload.values()).forEach(this::validateAttribute);
    }

    private void validateAttribute(String code, List<ProductValue> values) {
        if (values == null) {
            return;
        }
        AttributeSchema attribute = schema.attribute(code);
        boolean anySet = values.stream().anyMatch(v -> v != null && v.data() != null);
        if (attribute == null) {
            if (anySet) {
                error("values." + code, "attribute '%s' does not exist".formatted(code));
                return;
            }
        } else if (anySet && !belongsToOwner(attribute)) {
            return;
        }
        Set<String> slots = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            ProductValue value = values.get(i);
            if (value == null) {
                error("values.%s[%d]".formatted(code, i), "expected a value object {\"locale\", \"scope\", \"data\"}");
                continue;
            }
            if (!slots.add(value.locale() + "\u0000" + value.scope())) {
                error("values.%s[%d]".formatted(code, i), "%s is given twice".formatted(where(code, value.locale(), value.scope())));
                continue;
            }
            if (value.data() == null) {
                // Clearing a slot is always allowed, even of an attribute or locale that is gone.
                updates.add(new ValueUpdate(code, i, value.locale(), value.scope(), null));
                continue;
            }
            validateValue(attribute, i, value);
        }
    }

    /** Akeneo's rule: a value's attribute must be in the family; the identifier only on products. */
    private boolean belongsToOwner(AttributeSchema attribute) {
        String code = attribute.code();
        if (attribute.type() == AttributeType.IDENTIFIER) {
            if (payload.owner() == ValuesPayload.Owner.PRODUCT_MODEL) {
                error("values." + code, "attribute '%s' is the product identifier: product models have none".formatted(code));
                return false;
            }
            if (!code.equals(schema.identifierAttribute())) {
                error("values." + code, "attribute '%s' is not the identifier attribute '%s'".formatted(code, schema.identifierAttribute()));
                return false;
            }
            return true;
        }
        if (family != null && !family.hasAttribute(code)) {
            error("values." + code, "attribute '%s' is not in family '%s'".formatted(code, family.code()));
            return false;
        }
        return true;
    }

    private void validateValue(AttributeSchema attribute, int index, ProductValue value) {
        boolean slotValid = validateLocale(attribute, index, value) & validateScope(attribute, index, value);
        if (slotValid && attribute.localizable() && attribute.scopable()) {
            ChannelSchema channel = schema.channel(value.scope());
            if (!channel.hasLocale(value.locale())) {
                slotValid = false;
                error("values.%s[%d].locale".formatted(attribute.code(), index),
                        "locale '%s' is not a locale of channel '%s' (attribute '%s'); the channel has %s"
                                .formatted(value.locale(), channel.code(), attribute.code(), channel.locales()));
            }
        }
        DataCheck check = new DataCheck(attribute, index, value);
        Object normalised = check.normalise();
        if (slotValid && check.valid) {
            updates.add(new ValueUpdate(attribute.code(), index, value.locale(), value.scope(), normalised));
        }
    }

    private boolean validateLocale(AttributeSchema attribute, int index, ProductValue value) {
        java.util.function.Supplier<String> field = () -> "values.%s[%d].locale".formatted(attribute.code(), index);
        String locale = value.locale();
        if (!attribute.localizable()) {
            if (locale != null) {
                error(field.get(), "attribute '%s' is not localizable: its locale must be null, not '%s'".formatted(attribute.code(), locale));
                return false;
            }
            return true;
        }
        if (locale == null) {
            error(field.get(), "attribute '%s' is localizable: give the locale of the value".formatted(attribute.code()));
            return false;
        }
        if (!schema.isLocaleEnabled(locale)) {
            error(field.get(), "locale '%s' of attribute '%s' does not exist or is not enabled".formatted(locale, attribute.code()));
            return false;
        }
        if (!attribute.isAvailableIn(locale)) {
            error(field.get(), "attribute '%s' is only available in locales %s, not '%s'"
                    .formatted(attribute.code(), attribute.availableLocales().stream().sorted().toList(), locale));
            return false;
        }
        return true;
    }

    private boolean validateScope(AttributeSchema attribute, int index, ProductValue value) {
        java.util.function.Supplier<String> field = () -> "values.%s[%d].scope".formatted(attribute.code(), index);
        String scope = value.scope();
        if (!attribute.scopable()) {
            if (scope != null) {
                error(field.get(), "attribute '%s' is not scopable: its scope must be null, not '%s'".formatted(attribute.code(), scope));
                return false;
            }
            return true;
        }
        if (scope == null) {
            error(field.get(), "attribute '%s' is scopable: give the channel of the value as scope".formatted(attribute.code()));
            return false;
        }
        if (schema.channel(scope) == null) {
            error(field.get(), "channel '%s' of attribute '%s' does not exist".formatted(scope, attribute.code()));
            return false;
        }
        return true;
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** "attribute 'name' (locale en_US, channel ecommerce)": names the value an error is about. */
    static String where(String attribute, String locale, String scope) {
        StringBuilder text = new StringBuilder("attribute '").append(attribute).append('\'');
        if (locale != null || scope != null) {
            List<String> parts = new ArrayList<>(2);
            if (locale != null) {
                parts.add("locale " + locale);
            }
            if (scope != null) {
                parts.add("channel " + scope);
            }
            text.append(" (").append(String.join(", ", parts)).append(')');
        }
        return text.toString();
    }

    /** Checks and normalises one value's data; records errors on the validator. */
    private final class DataCheck {
        private final AttributeSchema attribute;
        private final int index;
        private final ProductValue value;
        private final Object data;
        private boolean valid = true;

        DataCheck(AttributeSchema attribute, int index, ProductValue value) {
            this.attribute = attribute;
            this.index = index;
            this.value = value;
            this.data = value.data();
        }

        Object normalise() {
            return switch (attribute.type()) {
                case IDENTIFIER -> identifier();
                case TEXT -> text();
                case TEXTAREA -> textarea();
                case NUMBER -> number();
                case BOOLEAN -> bool();
                case DATE -> date();
                case SIMPLESELECT -> simpleSelect();
                case MULTISELECT -> multiSelect();
                case PRICE_COLLECTION -> prices();
                case METRIC -> metric();
                case IMAGE, FILE -> media();
                case REFERENCE_DATA_SIMPLESELECT -> referenceData();
                case REFERENCE_DATA_MULTISELECT -> referenceDataList();
            };
        }

        /** Field path and value description are only built for errors: valid values (nearly all, in an import) need neither. */
        private Object fail(String message) {
            valid = false;
            error(dataField(attribute.code(), index), where(attribute.code(), value.locale(), value.scope()) + ": " + message);
            return null;
        }

        private Object identifier() {
            if (!(data instanceof String text)) {
                return fail("expects the identifier as a string, got " + describe(data));
            }
            if (!text.equals(payload.identifier())) {
                return fail("must be the product's identifier '%s', not '%s'".formatted(payload.identifier(), text));
            }
            return text;
        }

        private Object text() {
            if (!(data instanceof String text)) {
                return fail("expects a string, got " + describe(data));
            }
            if (text.isEmpty()) {
                return null;
            }
            int max = attribute.maxCharacters() == null ? TEXT_MAX_CHARACTERS : attribute.maxCharacters();
            int length = text.codePointCount(0, text.length());
            if (length > max) {
                return fail("expects at most %d characters, got %d".formatted(max, length));
            }
            String rule = attribute.validationRule();
            if ("email".equals(rule) && !EMAIL.matcher(text).matches()) {
                return fail("'%s' is not an email address".formatted(text));
            }
            if ("url".equals(rule) && !isUrl(text)) {
                return fail("'%s' is not a URL (http:// or https://)".formatted(text));
            }
            if ("regexp".equals(rule) && attribute.validationRegexp() != null && !attribute.validationRegexp().matcher(text).find()) {
                return fail("'%s' does not match the pattern %s".formatted(text, attribute.validationRegexp().pattern()));
            }
            return text;
        }

        private Object textarea() {
            if (!(data instanceof String text)) {
                return fail("expects a string, got " + describe(data));
            }
            if (text.isEmpty()) {
                return null;
            }
            int max = attribute.maxCharacters() == null ? TEXTAREA_MAX_CHARACTERS : Math.min(attribute.maxCharacters(), TEXTAREA_MAX_CHARACTERS);
            int length = text.codePointCount(0, text.length());
            if (length > max) {
                return fail("expects at most %d characters, got %d".formatted(max, length));
            }
            return text;
        }

        private Object number() {
            BigDecimal number = decimal(data, "a number");
            if (number == null) {
                return null;
            }
            return checkNumberRules(number, "") ? canonicalNumber(number) : null;
        }

        /** decimals_allowed, negative_allowed, number_min and number_max (prices and metrics follow them too); reports the first broken. */
        private boolean checkNumberRules(BigDecimal number, String what) {
            String broken = null;
            if (Boolean.FALSE.equals(attribute.decimalsAllowed()) && hasFraction(number)) {
                broken = "decimals are not allowed, got " + number.toPlainString();
            } else if (Boolean.FALSE.equals(attribute.negativeAllowed()) && number.signum() < 0) {
                broken = "negative numbers are not allowed, got " + number.toPlainString();
            } else if (attribute.numberMin() != null && number.compareTo(attribute.numberMin()) < 0) {
                broken = "must be at least %s, got %s".formatted(attribute.numberMin().stripTrailingZeros().toPlainString(), number.toPlainString());
            } else if (attribute.numberMax() != null && number.compareTo(attribute.numberMax()) > 0) {
                broken = "must be at most %s, got %s".formatted(attribute.numberMax().stripTrailingZeros().toPlainString(), number.toPlainString());
            }
            if (broken != null) {
                fail(what + broken);
            }
            return broken == null;
        }

        /** Integers as JSON numbers, decimals as strings with the scale they were given (Akeneo's way). */
        private Object canonicalNumber(BigDecimal number) {
            if (number.scale() <= 0 || Boolean.FALSE.equals(attribute.decimalsAllowed())) {
                return canonicalInteger(number.setScale(0, java.math.RoundingMode.UNNECESSARY).toBigIntegerExact());
            }
            return number.toPlainString();
        }

        private BigDecimal decimal(Object value, String expected) {
            if (value instanceof BigDecimal d) {
                return d;
            }
            if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
                return BigDecimal.valueOf(((Number) value).longValue());
            }
            if (value instanceof BigInteger i) {
                return new BigDecimal(i);
            }
            if (value instanceof Double || value instanceof Float) {
                double d = ((Number) value).doubleValue();
                if (Double.isFinite(d)) {
                    return BigDecimal.valueOf(d);
                }
            }
            if (value instanceof String text && DECIMAL.matcher(text.trim()).matches()) {
                // A number written as a string escapes the JSON parser's length limit: same limit here,
                // so what is stored can be indexed (the search index holds numbers as doubles).
                if (text.trim().length() > JacksonConfig.MAX_NUMBER_LENGTH * 2 + 2) {
                    fail("expects %s, got a %s".formatted(expected, BoundedNumbers.message()));
                    return null;
                }
                BigDecimal number = new BigDecimal(text.trim());
                if (BoundedNumbers.tooLong(number)) {
                    fail("expects %s, got a %s".formatted(expected, BoundedNumbers.message()));
                    return null;
                }
                return number;
            }
            fail("expects %s, got %s".formatted(expected, describe(value)));
            return null;
        }

        private Object bool() {
            if (data instanceof Boolean b) {
                return b;
            }
            return fail("expects true or false, got " + describe(data));
        }

        private Object date() {
            if (!(data instanceof String text)) {
                return fail("expects a date as \"YYYY-MM-DD\", got " + describe(data));
            }
            if (text.isBlank()) {
                return null;
            }
            LocalDate date = parseDate(text.trim());
            if (date == null) {
                return fail("'%s' is not a date; use YYYY-MM-DD".formatted(text));
            }
            if (attribute.dateMin() != null && date.isBefore(attribute.dateMin())) {
                return fail("must be on or after %s, got %s".formatted(attribute.dateMin(), date));
            }
            if (attribute.dateMax() != null && date.isAfter(attribute.dateMax())) {
                return fail("must be on or before %s, got %s".formatted(attribute.dateMax(), date));
            }
            return date.toString();
        }

        private Object simpleSelect() {
            if (!(data instanceof String code)) {
                return fail("expects an option code as a string, got " + describe(data));
            }
            if (code.isEmpty()) {
                return null;
            }
            return attribute.option(code).map(Object.class::cast)
                    .orElseGet(() -> fail("option '%s' does not exist%s".formatted(code, knownOptions())));
        }

        private Object multiSelect() {
            List<String> codes = stringList("option codes");
            if (codes == null) {
                return null;
            }
            List<String> unknown = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            List<String> canonical = new ArrayList<>();
            for (String code : codes) {
                var option = attribute.option(code);
                if (option.isEmpty()) {
                    unknown.add(code);
                } else if (!seen.add(option.get())) {
                    return fail("option '%s' is given twice".formatted(option.get()));
                } else {
                    canonical.add(option.get());
                }
            }
            if (!unknown.isEmpty()) {
                return fail((unknown.size() == 1 ? "option %s does not exist" : "options %s do not exist")
                        .formatted(unknown.stream().map(u -> "'" + u + "'").collect(Collectors.joining(", "))) + knownOptions());
            }
            if (canonical.isEmpty()) {
                return null;
            }
            canonical.sort(null);
            return canonical;
        }

        private String knownOptions() {
            List<String> options = attribute.optionsByLowerCode().values().stream().sorted().toList();
            if (options.isEmpty()) {
                return "; the attribute has no options yet";
            }
            if (options.size() > OPTIONS_LISTED_IN_ERRORS) {
                return "; the attribute has %d options, e.g. %s".formatted(options.size(), options.subList(0, OPTIONS_LISTED_IN_ERRORS));
            }
            return "; options are " + options;
        }

        /** A list of non-blank strings without duplicates; null (and an error) otherwise, or when empty. */
        private List<String> stringList(String what) {
            if (!(data instanceof List<?> list)) {
                fail("expects an array of %s, got %s".formatted(what, describe(data)));
                return null;
            }
            List<String> codes = new ArrayList<>(list.size());
            for (Object item : list) {
                if (!(item instanceof String code) || code.isBlank()) {
                    fail("expects an array of %s, but it holds %s".formatted(what, describe(item)));
                    return null;
                }
                codes.add(code);
            }
            return codes;
        }

        private Object prices() {
            if (!(data instanceof List<?> list)) {
                return fail("expects an array of {\"amount\", \"currency\"}, got " + describe(data));
            }
            Map<String, Map<String, Object>> byCurrency = new TreeMap<>();
            for (Object item : list) {
                if (!(item instanceof Map<?, ?> price) || !keysWithin(price, "amount", "currency")) {
                    return fail("expects an array of {\"amount\", \"currency\"}, but it holds " + describe(item));
                }
                if (!(price.get("currency") instanceof String currency) || currency.isBlank()) {
                    return fail("each price needs a currency code, got " + describe(price.get("currency")));
                }
                if (!schema.isCurrencyEnabled(currency)) {
                    fail("currency '%s' does not exist or is not enabled".formatted(currency));
                    continue;
                }
                if (!schema.isCurrencyUsedByAChannel(currency)) {
                    fail("currency '%s' is not used by any channel".formatted(currency));
                    continue;
                }
                if (byCurrency.containsKey(currency)) {
                    fail("currency '%s' is given twice".formatted(currency));
                    continue;
                }
                Object amount = price.get("amount");
                if (amount == null) {
                    continue; // Akeneo's way of saying "no price in this currency"
                }
                BigDecimal number = decimal(amount, "a numeric amount in " + currency);
                if (number == null || !checkNumberRules(number, "price in " + currency + ": ")) {
                    continue;
                }
                Map<String, Object> normalised = new LinkedHashMap<>();
                normalised.put("amount", plain(number));
                normalised.put("currency", currency);
                byCurrency.put(currency, normalised);
            }
            if (!valid || byCurrency.isEmpty()) {
                return null;
            }
            return new ArrayList<>(byCurrency.values());
        }

        private Object metric() {
            if (!(data instanceof Map<?, ?> metric) || !keysWithin(metric, "amount", "unit")) {
                return fail("expects {\"amount\", \"unit\"}, got " + describe(data));
            }
            Object amount = metric.get("amount");
            if (amount == null) {
                return null;
            }
            if (attribute.unitsByLowerCode().isEmpty()) {
                return fail("its measurement family '%s' is unknown, so no unit can be checked".formatted(attribute.metricFamily()));
            }
            if (!(metric.get("unit") instanceof String unitCode) || unitCode.isBlank()) {
                return fail("expects a unit of measurement family '%s', got %s".formatted(attribute.metricFamily(), describe(metric.get("unit"))));
            }
            var unit = attribute.unit(unitCode);
            if (unit.isEmpty()) {
                return fail("unit '%s' is not a unit of measurement family '%s'; units are %s".formatted(unitCode,
                        attribute.metricFamily(), attribute.unitsByLowerCode().values().stream().sorted().toList()));
            }
            BigDecimal number = decimal(amount, "a numeric amount");
            if (number == null || !checkNumberRules(number, "")) {
                return null;
            }
            Map<String, Object> normalised = new LinkedHashMap<>();
            normalised.put("amount", canonicalNumber(number));
            normalised.put("unit", unit.get());
            return normalised;
        }

        private Object media() {
            if (!(data instanceof String path)) {
                return fail("expects a file path or reference as a string, got " + describe(data));
            }
            if (path.isBlank()) {
                return null;
            }
            if (!attribute.allowedExtensions().isEmpty()) {
                String name = path.substring(path.lastIndexOf('/') + 1);
                int dot = name.lastIndexOf('.');
                String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
                if (!attribute.allowedExtensions().contains(extension)) {
                    return fail("file '%s' has %s; allowed extensions are %s".formatted(path,
                            extension.isEmpty() ? "no extension" : "extension '" + extension + "'",
                            attribute.allowedExtensions().stream().sorted().toList()));
                }
            }
            return path;
        }

        private Object referenceData() {
            if (!(data instanceof String code)) {
                return fail("expects a reference data code as a string, got " + describe(data));
            }
            return code.isBlank() ? null : code;
        }

        private Object referenceDataList() {
            List<String> codes = stringList("reference data codes");
            if (codes == null) {
                return null;
            }
            if (new HashSet<>(codes).size() != codes.size()) {
                return fail("a code is given twice in " + codes);
            }
            return codes.isEmpty() ? null : codes;
        }
    }

    private static boolean keysWithin(Map<?, ?> map, String... allowed) {
        Set<String> keys = Set.of(allowed);
        return map.keySet().stream().allMatch(keys::contains);
    }

    private static boolean hasFraction(BigDecimal number) {
        return number.signum() != 0 && number.stripTrailingZeros().scale() > 0;
    }

    private static boolean isUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.getScheme() != null && Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeException notADate) {
            // try the date-time forms below
        }
        try {
            return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeException notOffset) {
            // try without offset
        }
        try {
            return LocalDateTime.parse(text).toLocalDate();
        } catch (DateTimeException notDateTime) {
            return null;
        }
    }

    /** Integers as the smallest Java type JSON parsing gives back, so stored and new values compare equal. */
    static Object canonicalInteger(BigInteger value) {
        if (value.bitLength() < 32) {
            return value.intValue();
        }
        if (value.bitLength() < 64) {
            return value.longValue();
        }
        return value;
    }

    private static String plain(BigDecimal number) {
        return number.scale() < 0 ? number.setScale(0).toPlainString() : number.toPlainString();
    }

    /** A short description of a JSON value for error messages. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return s.length() > 60 ? "the string \"" + s.substring(0, 57) + "...\"" : "the string \"" + s + "\"";
        }
        if (value instanceof Boolean || value instanceof Number) {
            return value instanceof Boolean ? "the boolean " + value : "the number " + value;
        }
        if (value instanceof List<?>) {
            return "an array";
        }
        if (value instanceof Map<?, ?>) {
            return "an object";
        }
        return Objects.toString(value);
    }
}
