package io.pimento.catalog.attribute;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** A mutable copy of an {@link AttributePayload}, so that validation can normalise field by field. */
final class AttributeDraft {

    String code;
    String type;
    String group;
    Boolean localizable;
    Boolean scopable;
    Boolean unique;
    Boolean useableAsGridFilter;
    Integer sortOrder;
    Map<String, String> labels;
    List<String> availableLocales;
    Integer maxCharacters;
    String validationRule;
    String validationRegexp;
    BigDecimal numberMin;
    BigDecimal numberMax;
    Boolean decimalsAllowed;
    Boolean negativeAllowed;
    String dateMin;
    String dateMax;
    String metricFamily;
    String defaultMetricUnit;
    List<String> allowedExtensions;
    BigDecimal maxFileSize;
    String referenceDataName;
    Integer version;

    AttributeDraft(AttributePayload p) {
        code = p.code();
        type = p.type();
        group = p.group();
        localizable = p.localizable();
        scopable = p.scopable();
        unique = p.unique();
        useableAsGridFilter = p.useableAsGridFilter();
        sortOrder = p.sortOrder();
        labels = p.labels();
        availableLocales = p.availableLocales();
        maxCharacters = p.maxCharacters();
        validationRule = blankToNull(p.validationRule());
        validationRegexp = blankToNull(p.validationRegexp());
        numberMin = p.numberMin();
        numberMax = p.numberMax();
        decimalsAllowed = p.decimalsAllowed();
        negativeAllowed = p.negativeAllowed();
        dateMin = blankToNull(p.dateMin());
        dateMax = blankToNull(p.dateMax());
        metricFamily = blankToNull(p.metricFamily());
        defaultMetricUnit = blankToNull(p.defaultMetricUnit());
        allowedExtensions = p.allowedExtensions();
        maxFileSize = p.maxFileSize();
        referenceDataName = blankToNull(p.referenceDataName());
        version = p.version();
    }

    AttributePayload toPayload() {
        return new AttributePayload(code, type, group, localizable, scopable, unique, useableAsGridFilter, sortOrder,
                labels, availableLocales, maxCharacters, validationRule, validationRegexp, numberMin, numberMax,
                decimalsAllowed, negativeAllowed, dateMin, dateMax, metricFamily, defaultMetricUnit, allowedExtensions,
                maxFileSize, referenceDataName, version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
