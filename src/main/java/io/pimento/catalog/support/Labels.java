package io.pimento.catalog.support;

import io.pimento.catalog.locale.CatalogLocale;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Translated labels keyed by locale code: the locales must exist, and an empty label means no label. */
public final class Labels {

    private static final Pattern LOCALE_CODE = Pattern.compile("^[a-z]{2,3}(_[A-Z][a-z]{3})?_([A-Z]{2}|\\d{3})$");
    public static final int MAX_LENGTH = 255;

    private Labels() {
    }

    /** A detached copy in locale order, so responses list labels the same way every time. */
    public static Map<String, String> copy(Map<String, String> labels) {
        return labels == null ? new TreeMap<>() : new TreeMap<>(labels);
    }

    /** Checks the labels and returns them with locale codes spelt as stored and empty labels dropped. */
    public static Map<String, String> validate(String field, Map<String, String> labels, Violations violations) {
        return validate(field, labels, "a label", MAX_LENGTH, violations);
    }

    /** The same for translated texts of another kind and maximum length ({@code "a text"}, 2000). */
    public static Map<String, String> validate(String field, Map<String, String> labels, String noun, int maxLength, Violations violations) {
        Map<String, String> clean = new TreeMap<>();
        if (labels == null || labels.isEmpty()) {
            return clean;
        }
        Map<String, CatalogLocale> locales = CodeLookup.findAll(CatalogLocale.class, labels.keySet(), l -> l.code);
        labels.forEach((locale, label) -> {
            String at = field + "." + locale;
            if (!isLocaleCode(locale)) {
                violations.add(at, "'%s' is not a locale code such as en_US".formatted(locale));
            } else if (!locales.containsKey(Codes.key(locale))) {
                violations.add(at, "locale '%s' does not exist".formatted(locale));
            } else if (label != null && label.length() > maxLength) {
                violations.add(at, "%s may not be longer than %d characters".formatted(noun, maxLength));
            } else if (label != null && !label.isBlank()) {
                clean.put(locales.get(Codes.key(locale)).code, label.strip());
            }
        });
        return clean;
    }

    /** Akeneo's PATCH semantics for objects: given keys replace, the others stay; a null label removes it. */
    public static Map<String, String> merge(Map<String, String> base, Map<String, String> patch) {
        if (patch == null) {
            return base;
        }
        Map<String, String> merged = new LinkedHashMap<>(base == null ? Map.of() : base);
        patch.forEach((locale, label) -> {
            merged.keySet().removeIf(existing -> existing.equalsIgnoreCase(locale));
            merged.put(locale, label);
        });
        return merged;
    }

    public static boolean isLocaleCode(String code) {
        return code != null && LOCALE_CODE.matcher(code).matches();
    }
}
