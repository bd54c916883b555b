package io.pimento.catalog.product.validation;

/**
 * One validated, normalised value of a payload: the attribute, its position in the payload's
 * list (for error paths), its slot and its data; null data clears the slot.
 */
public record ValueUpdate(String attribute, int index, String locale, String scope, Object data) {

    public boolean clears() {
        return data == null;
    }

    /** {@code values.<attribute>[<index>].data}, the path errors about this value point at. */
    public String dataField() {
        return ProductValueValidator.dataField(attribute, index);
    }
}
