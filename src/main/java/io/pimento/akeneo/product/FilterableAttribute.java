package io.pimento.akeneo.product;

import io.pimento.catalog.attribute.AttributeType;

import java.util.Set;

/**
 * What Akeneo's attribute-value filters need to know of an attribute: its code as stored in
 * product values, its type (which decides the operators) and whether a filter needs a locale or
 * a scope.
 */
public record FilterableAttribute(String code, AttributeType type, boolean localizable, boolean scopable) {

    private static final Set<String> PRESENCE = Set.of("EMPTY", "NOT EMPTY");
    private static final Set<String> TEXT = Set.of("STARTS WITH", "CONTAINS", "DOES NOT CONTAIN", "=", "!=", "EMPTY", "NOT EMPTY");
    private static final Set<String> NUMBER = Set.of("<", "<=", "=", "!=", ">=", ">", "EMPTY", "NOT EMPTY");
    private static final Set<String> OPTIONS = Set.of("IN", "NOT IN", "EMPTY", "NOT EMPTY");
    private static final Set<String> DATE = Set.of("<", ">", "=", "!=", "BETWEEN", "NOT BETWEEN", "EMPTY", "NOT EMPTY");

    /**
     * Akeneo's operators for the type, less those Pimento cannot answer exactly: comparing metrics
     * needs converting units, so only their presence is filtered for now (a 422 beats a wrong list).
     */
    public Set<String> operators() {
        return switch (type) {
            case IDENTIFIER, TEXT, TEXTAREA -> TEXT;
            case NUMBER, PRICE_COLLECTION -> NUMBER;
            case SIMPLESELECT, MULTISELECT, REFERENCE_DATA_SIMPLESELECT, REFERENCE_DATA_MULTISELECT -> OPTIONS;
            case BOOLEAN -> Set.of("=", "!=");
            case DATE -> DATE;
            case METRIC, IMAGE, FILE -> PRESENCE;
        };
    }
}
