package io.pimento.targeting.content;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Picks the translation to show in a locale: the locale itself, else another locale of the same
 * language (the first by code), else {@value #DEFAULT_LOCALE}, else the first translation by
 * locale code. Only an item without any translation has none.
 */
public final class LocalizedContent {

    public static final String DEFAULT_LOCALE = "en_US";

    private LocalizedContent() {
    }

    /** The locale whose translation is shown for {@code locale} (null: the default locale). */
    public static Optional<String> pickLocale(Map<String, String> translations, String locale) {
        if (translations == null || translations.isEmpty()) {
            return Optional.empty();
        }
        TreeMap<String, String> sorted = new TreeMap<>(translations);
        String wanted = locale == null ? DEFAULT_LOCALE : locale;
        if (sorted.containsKey(wanted)) {
            return Optional.of(wanted);
        }
        String language = wanted.contains("_") ? wanted.substring(0, wanted.indexOf('_')) : wanted;
        Optional<String> sameLanguage = sorted.keySet().stream().filter(l -> l.startsWith(language + "_")).findFirst();
        if (sameLanguage.isPresent()) {
            return sameLanguage;
        }
        return Optional.of(sorted.containsKey(DEFAULT_LOCALE) ? DEFAULT_LOCALE : sorted.firstKey());
    }

    /** The translation shown for {@code locale}, null when there is none at all. */
    public static String pick(Map<String, String> translations, String locale) {
        return pickLocale(translations, locale).map(translations::get).orElse(null);
    }
}
