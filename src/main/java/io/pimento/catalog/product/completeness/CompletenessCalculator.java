package io.pimento.catalog.product.completeness;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.product.Completeness;
import io.pimento.catalog.product.CompletenessEntry;
import io.pimento.catalog.product.ProductValue;
import io.pimento.catalog.product.ProductValues;
import io.pimento.catalog.product.schema.AttributeSchema;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.ChannelSchema;
import io.pimento.catalog.product.schema.FamilySchema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How complete a product is, per channel of its family's requirements and per locale of that
 * channel: the share of required attributes that hold a non-empty value at the right locale and
 * scope. Pure Java: the caller passes the product's values merged with those it inherits from its
 * product models ({@code ratio = round(100 * filled / required)}, 100 when nothing is required).
 *
 * <p>A localizable attribute not available in a locale ({@code available_locales}) is not required
 * there; a price is filled when it has an amount in every currency of the channel.
 */
public final class CompletenessCalculator {

    private CompletenessCalculator() {
    }

    /** Completeness of a product of the given family; none for a product without (known) family. */
    public static Completeness compute(String familyCode, ProductValues values, CatalogSchema schema) {
        FamilySchema family = schema.family(familyCode);
        if (family == null) {
            return Completeness.none();
        }
        List<CompletenessEntry> entries = new ArrayList<>();
        for (ChannelSchema channel : schema.channels()) {
            if (!family.requirements().containsKey(channel.code())) {
                continue;
            }
            // distinct on codes: an AttributeSchema's hashCode walks its option map, costly per product
            List<AttributeSchema> required = family.requiredOn(channel.code()).stream()
                    .distinct()
                    .map(schema::attribute)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            for (String locale : channel.locales()) {
                entries.add(entry(channel, locale, required, values));
            }
        }
        return new Completeness(entries);
    }

    private static CompletenessEntry entry(ChannelSchema channel, String locale, List<AttributeSchema> required, ProductValues values) {
        int requiredCount = 0;
        List<String> missing = new ArrayList<>();
        for (AttributeSchema attribute : required) {
            if (attribute.localizable() && !attribute.isAvailableIn(locale)) {
                continue;
            }
            requiredCount++;
            Object data = values.find(attribute.code(),
                            attribute.localizable() ? locale : null,
                            attribute.scopable() ? channel.code() : null)
                    .map(ProductValue::data)
                    .orElse(null);
            if (!isFilled(attribute, data, channel)) {
                missing.add(attribute.code());
            }
        }
        int filled = requiredCount - missing.size();
        int ratio = requiredCount == 0 ? 100 : (int) Math.round(100.0 * filled / requiredCount);
        return new CompletenessEntry(channel.code(), locale, ratio, requiredCount, missing);
    }

    /** Whether a value's data counts as filled for completeness on the channel. */
    public static boolean isFilled(AttributeSchema attribute, Object data, ChannelSchema channel) {
        if (data == null) {
            return false;
        }
        if (attribute.type() == AttributeType.PRICE_COLLECTION) {
            return data instanceof Collection<?> prices && channel.currencies().stream().allMatch(currency -> prices.stream()
                    .anyMatch(p -> p instanceof Map<?, ?> price && currency.equals(price.get("currency")) && price.get("amount") != null));
        }
        if (data instanceof String text) {
            return !text.isBlank();
        }
        if (data instanceof Collection<?> list) {
            return !list.isEmpty();
        }
        if (data instanceof Map<?, ?> metric) {
            return metric.get("amount") != null;
        }
        return true;
    }
}
