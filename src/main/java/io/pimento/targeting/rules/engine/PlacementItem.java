package io.pimento.targeting.rules.engine;

import java.util.List;

/** One entry of a placement: a product (by identifier) or a content item (by code), with at least one reason. */
public record PlacementItem(Kind kind, String identifier, List<Reason> reasons) {

    public enum Kind {
        PRODUCT, CONTENT
    }

    public PlacementItem {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("every placement item needs a reason: " + identifier);
        }
    }

    public static PlacementItem product(String identifier, List<Reason> reasons) {
        return new PlacementItem(Kind.PRODUCT, identifier, reasons);
    }

    public static PlacementItem content(String code, List<Reason> reasons) {
        return new PlacementItem(Kind.CONTENT, code, reasons);
    }
}
