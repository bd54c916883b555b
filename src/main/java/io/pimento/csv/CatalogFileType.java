package io.pimento.csv;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of catalog files in Akeneo's CSV dialect, named as in the {@code type} form field of
 * imports and exports alike. An Akeneo migration imports them in this order, each one referring
 * only to kinds above it.
 */
public enum CatalogFileType {
    CURRENCIES(true),
    LOCALES(true),
    CATEGORIES(true),
    CHANNELS(true),
    ATTRIBUTE_GROUPS(true),
    ATTRIBUTES(true),
    ATTRIBUTE_OPTIONS(true),
    FAMILIES(true),
    FAMILY_VARIANTS(true),
    ASSOCIATION_TYPES(true),
    GROUPS(true),
    PRODUCT_MODELS(false),
    PRODUCTS(false);

    private final boolean structure;

    CatalogFileType(boolean structure) {
        this.structure = structure;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Structure files change the catalog's shape (admin only); product files its content. */
    public boolean isStructure() {
        return structure;
    }

    public static Optional<CatalogFileType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equalsIgnoreCase(code == null ? "" : code.trim())).findFirst();
    }

    public static String allCodes() {
        return String.join(", ", Arrays.stream(values()).map(CatalogFileType::code).toList());
    }
}
