package io.pimento.catalog.product;

import java.util.Objects;

/**
 * One value of an attribute, in Akeneo's shape: {@code locale} is null for a non-localizable
 * attribute, {@code scope} (a channel code) null for a non-scopable one. {@code data} is a
 * string, number, boolean, list of option codes, list of {@code {amount, currency}} or a
 * {@code {amount, unit}} map, depending on the attribute type.
 */
public record ProductValue(String locale, String scope, Object data) {

    /** True when this value sits at the same locale and scope as the other. */
    public boolean sameSlot(String otherLocale, String otherScope) {
        return Objects.equals(locale, otherLocale) && Objects.equals(scope, otherScope);
    }
}
