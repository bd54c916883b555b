package io.pimento.feeds.merchant;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.product.schema.AttributeSchema;
import io.pimento.catalog.product.schema.CatalogSchema;
import io.pimento.catalog.product.schema.FamilySchema;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The attributes feeding the Google fields of one family's products: the channel's mapping, and
 * for each field it leaves empty a guess among the family's attributes, in the family's order
 * (the first image, the first price, the first attribute named like description, brand, gtin...).
 * A null {@code title} means the product's label. Plain functions of their arguments.
 */
public record GoogleSources(String title, String description, String imageLink, String price, String brand,
                            String gtin, String mpn, String availability, String linkTemplate,
                            String defaultAvailability, String condition) {

    public static GoogleSources of(GoogleMapping mapping, FamilySchema family, CatalogSchema schema) {
        List<String> attributes = family == null ? List.of() : List.copyOf(family.attributes());
        return new GoogleSources(
                mapping.title(),
                or(mapping.description(), guess(attributes, namedLike("description"))),
                or(mapping.imageLink(), guess(attributes, ofType(schema, AttributeType.IMAGE))),
                or(mapping.price(), guess(attributes, ofType(schema, AttributeType.PRICE_COLLECTION))),
                or(mapping.brand(), guess(attributes, namedLike("brand"))),
                or(mapping.gtin(), guess(attributes, namedLike("gtin").or(namedLike("ean")).or(namedLike("upc")))),
                or(mapping.mpn(), guess(attributes, namedLike("mpn"))),
                or(mapping.availability(), guess(attributes, namedLike("availability"))),
                mapping.linkTemplate(),
                or(mapping.defaultAvailability(), GoogleMapping.IN_STOCK),
                or(mapping.condition(), GoogleMapping.NEW));
    }

    /** {@code word}, {@code word_...} or {@code ..._word}, in any case: {@code description_en}, {@code product_ean}. */
    static Predicate<String> namedLike(String word) {
        return code -> {
            String lower = code.toLowerCase(Locale.ROOT);
            return lower.equals(word) || lower.startsWith(word + "_") || lower.endsWith("_" + word);
        };
    }

    private static Predicate<String> ofType(CatalogSchema schema, AttributeType type) {
        return code -> {
            AttributeSchema attribute = schema.attribute(code);
            return attribute != null && attribute.type() == type;
        };
    }

    private static String guess(List<String> attributes, Predicate<String> fits) {
        return attributes.stream().filter(fits).findFirst().orElse(null);
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
