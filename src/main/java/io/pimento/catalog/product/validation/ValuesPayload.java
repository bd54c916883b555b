package io.pimento.catalog.product.validation;

import io.pimento.catalog.product.ProductValue;

import java.util.List;
import java.util.Map;

/**
 * The values of one product or product model to validate, as received.
 *
 * @param owner      whether the values belong to a product or a product model
 * @param identifier the product's identifier (the identifier attribute must repeat it); null for a model
 * @param family     the family the values must belong to (a model's family variant's family);
 *                   null for a product without family, whose values may be of any attribute
 * @param values     attribute code to its values, as given ({@code data: null} clears a value)
 */
public record ValuesPayload(Owner owner, String identifier, String family, Map<String, List<ProductValue>> values) {

    public enum Owner { PRODUCT, PRODUCT_MODEL }

    public ValuesPayload {
        values = values == null ? Map.of() : values;
    }

    public static ValuesPayload ofProduct(String identifier, String family, Map<String, List<ProductValue>> values) {
        return new ValuesPayload(Owner.PRODUCT, identifier, family, values);
    }

    public static ValuesPayload ofProductModel(String family, Map<String, List<ProductValue>> values) {
        return new ValuesPayload(Owner.PRODUCT_MODEL, null, family, values);
    }
}
