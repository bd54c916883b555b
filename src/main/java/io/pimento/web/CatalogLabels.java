package io.pimento.web;

import io.pimento.catalog.category.Category;
import io.pimento.catalog.family.Family;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The labels of the families and categories a page shows, in the page's language (else English,
 * else any, else the code), read in one query each: pages show people labels and keep codes for
 * the hover title.
 */
public record CatalogLabels(Map<String, String> families, Map<String, String> categories) {

    public static final CatalogLabels NONE = new CatalogLabels(Map.of(), Map.of());

    public static CatalogLabels of(Collection<String> familyCodes, Collection<String> categoryCodes, String locale) {
        Map<String, String> families = new HashMap<>();
        if (!familyCodes.isEmpty()) {
            Family.<Family>list("code in ?1", List.copyOf(familyCodes)).forEach(f -> families.put(f.code, label(f.labels, locale, f.code)));
        }
        Map<String, String> categories = new HashMap<>();
        if (!categoryCodes.isEmpty()) {
            Category.<Category>list("code in ?1", List.copyOf(categoryCodes))
                    .forEach(c -> categories.put(c.code, label(c.labels, locale, c.code)));
        }
        return new CatalogLabels(families, categories);
    }

    public String family(String code) {
        return code == null ? null : families.getOrDefault(code, code);
    }

    public String category(String code) {
        return code == null ? null : categories.getOrDefault(code, code);
    }

    private static String label(Map<String, String> labels, String locale, String code) {
        if (labels == null || labels.isEmpty()) {
            return code;
        }
        String label = labels.get(locale);
        if (label == null || label.isBlank()) {
            label = labels.get("en_US");
        }
        if (label == null || label.isBlank()) {
            label = labels.values().stream().filter(l -> l != null && !l.isBlank()).findFirst().orElse(code);
        }
        return label;
    }
}
