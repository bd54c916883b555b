package io.pimento.catalog.product.schema;

import io.pimento.catalog.attribute.AttributeType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the catalog knows about one attribute, in the form value validation needs: options and
 * measurement units keyed by lower-cased code so a lookup is one hash probe, the regexp compiled.
 */
public record AttributeSchema(
        String code,
        AttributeType type,
        boolean localizable,
        boolean scopable,
        boolean unique,
        Set<String> availableLocales,
        Integer maxCharacters,
        String validationRule,
        Pattern validationRegexp,
        BigDecimal numberMin,
        BigDecimal numberMax,
        Boolean decimalsAllowed,
        Boolean negativeAllowed,
        LocalDate dateMin,
        LocalDate dateMax,
        String metricFamily,
        Map<String, String> unitsByLowerCode,
        Set<String> allowedExtensions,
        String referenceDataName,
        Map<String, String> optionsByLowerCode) {

    public AttributeSchema {
        availableLocales = availableLocales == null ? Set.of() : Set.copyOf(availableLocales);
        unitsByLowerCode = unitsByLowerCode == null ? Map.of() : Map.copyOf(unitsByLowerCode);
        allowedExtensions = allowedExtensions == null ? Set.of() : Set.copyOf(allowedExtensions);
        optionsByLowerCode = optionsByLowerCode == null ? Map.of() : Map.copyOf(optionsByLowerCode);
    }

    /** The option's code as declared, found case-insensitively. */
    public Optional<String> option(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(optionsByLowerCode.get(code.toLowerCase(Locale.ROOT)));
    }

    /** The measurement unit's code as declared, found case-insensitively. */
    public Optional<String> unit(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(unitsByLowerCode.get(code.toLowerCase(Locale.ROOT)));
    }

    /** True when a value of this attribute may exist in that locale ({@code available_locales} restricts localizable ones). */
    public boolean isAvailableIn(String locale) {
        return availableLocales.isEmpty() || availableLocales.contains(locale);
    }

    public static Builder builder(String code, AttributeType type) {
        return new Builder(code, type);
    }

    /** Builds attribute schemas in plain unit tests and in the loader. */
    public static final class Builder {
        private final String code;
        private final AttributeType type;
        private boolean localizable;
        private boolean scopable;
        private boolean unique;
        private Set<String> availableLocales = Set.of();
        private Integer maxCharacters;
        private String validationRule;
        private Pattern validationRegexp;
        private BigDecimal numberMin;
        private BigDecimal numberMax;
        private Boolean decimalsAllowed;
        private Boolean negativeAllowed;
        private LocalDate dateMin;
        private LocalDate dateMax;
        private String metricFamily;
        private final Map<String, String> units = new LinkedHashMap<>();
        private Set<String> allowedExtensions = Set.of();
        private String referenceDataName;
        private final Map<String, String> options = new LinkedHashMap<>();

        private Builder(String code, AttributeType type) {
            this.code = code;
            this.type = type;
        }

        public Builder localizable(boolean value) {
            this.localizable = value;
            return this;
        }

        public Builder scopable(boolean value) {
            this.scopable = value;
            return this;
        }

        public Builder unique(boolean value) {
            this.unique = value;
            return this;
        }

        public Builder availableLocales(Collection<String> locales) {
            this.availableLocales = locales == null ? Set.of() : Set.copyOf(locales);
            return this;
        }

        public Builder maxCharacters(Integer value) {
            this.maxCharacters = value;
            return this;
        }

        /** {@code email}, {@code url} or {@code regexp} with its pattern. */
        public Builder validationRule(String rule, String regexp) {
            this.validationRule = rule == null || rule.isBlank() ? null : rule.trim().toLowerCase(Locale.ROOT);
            this.validationRegexp = regexp == null || regexp.isBlank() ? null : compileAkeneoRegexp(regexp);
            return this;
        }

        public Builder numberRange(BigDecimal min, BigDecimal max) {
            this.numberMin = min;
            this.numberMax = max;
            return this;
        }

        public Builder decimalsAllowed(Boolean value) {
            this.decimalsAllowed = value;
            return this;
        }

        public Builder negativeAllowed(Boolean value) {
            this.negativeAllowed = value;
            return this;
        }

        public Builder dateRange(LocalDate min, LocalDate max) {
            this.dateMin = min;
            this.dateMax = max;
            return this;
        }

        public Builder metric(String family, Collection<String> unitCodes) {
            this.metricFamily = family;
            units.clear();
            if (unitCodes != null) {
                unitCodes.forEach(u -> units.put(u.toLowerCase(Locale.ROOT), u));
            }
            return this;
        }

        public Builder allowedExtensions(Collection<String> extensions) {
            this.allowedExtensions = extensions == null ? Set.of()
                    : extensions.stream().map(e -> e.trim().replaceFirst("^\\.", "").toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
            return this;
        }

        public Builder referenceDataName(String value) {
            this.referenceDataName = value;
            return this;
        }

        public Builder options(Collection<String> codes) {
            if (codes != null) {
                codes.forEach(c -> options.put(c.toLowerCase(Locale.ROOT), c));
            }
            return this;
        }

        public Builder options(String... codes) {
            return options(List.of(codes));
        }

        public AttributeSchema build() {
            return new AttributeSchema(code, type, localizable, scopable, unique, availableLocales, maxCharacters,
                    validationRule, validationRegexp, numberMin, numberMax, decimalsAllowed, negativeAllowed,
                    dateMin, dateMax, metricFamily, units, allowedExtensions, referenceDataName, options);
        }

        /** Akeneo stores regexps PHP-style ({@code /^[A-Z]+$/i}); plain Java patterns are accepted too. */
        private static Pattern compileAkeneoRegexp(String regexp) {
            String body = regexp.trim();
            int flags = 0;
            if (body.length() > 1 && body.charAt(0) == '/' && body.lastIndexOf('/') > 0) {
                int end = body.lastIndexOf('/');
                String modifiers = body.substring(end + 1);
                body = body.substring(1, end);
                if (modifiers.contains("i")) {
                    flags |= Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
                }
                if (modifiers.contains("m")) {
                    flags |= Pattern.MULTILINE;
                }
                if (modifiers.contains("s")) {
                    flags |= Pattern.DOTALL;
                }
                if (modifiers.contains("u")) {
                    flags |= Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
                }
            }
            try {
                return Pattern.compile(body, flags);
            } catch (java.util.regex.PatternSyntaxException e) {
                // A broken pattern must not make every product write fail with a 500: it matches nothing.
                return Pattern.compile("(?!)");
            }
        }
    }
}
