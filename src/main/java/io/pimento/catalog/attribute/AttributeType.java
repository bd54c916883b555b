package io.pimento.catalog.attribute;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of attribute values. Each has Pimento's own code and the name Akeneo uses for it,
 * so Akeneo files and API payloads are accepted as they are.
 */
public enum AttributeType {
    IDENTIFIER("identifier", "pim_catalog_identifier"),
    TEXT("text", "pim_catalog_text"),
    TEXTAREA("textarea", "pim_catalog_textarea"),
    NUMBER("number", "pim_catalog_number"),
    BOOLEAN("boolean", "pim_catalog_boolean"),
    DATE("date", "pim_catalog_date"),
    SIMPLESELECT("simpleselect", "pim_catalog_simpleselect"),
    MULTISELECT("multiselect", "pim_catalog_multiselect"),
    PRICE_COLLECTION("price_collection", "pim_catalog_price_collection"),
    METRIC("metric", "pim_catalog_metric"),
    IMAGE("image", "pim_catalog_image"),
    FILE("file", "pim_catalog_file"),
    /** A code pointing at reference data Pimento does not manage itself (Akeneo's reference data). */
    REFERENCE_DATA_SIMPLESELECT("reference_data_simpleselect", "pim_reference_data_simpleselect"),
    REFERENCE_DATA_MULTISELECT("reference_data_multiselect", "pim_reference_data_multiselect");

    private final String code;
    private final String akeneoCode;

    AttributeType(String code, String akeneoCode) {
        this.code = code;
        this.akeneoCode = akeneoCode;
    }

    public String code() {
        return code;
    }

    public String akeneoCode() {
        return akeneoCode;
    }

    /** Accepts Pimento's code or Akeneo's, case-insensitively. */
    public static Optional<AttributeType> fromCode(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> t.code.equals(wanted) || t.akeneoCode.equals(wanted))
                .findFirst();
    }

    public boolean isSelect() {
        return this == SIMPLESELECT || this == MULTISELECT;
    }

    public boolean isMedia() {
        return this == IMAGE || this == FILE;
    }
}
