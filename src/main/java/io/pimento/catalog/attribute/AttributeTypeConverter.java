package io.pimento.catalog.attribute;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an attribute type as Pimento's code ({@code price_collection}), not the enum constant. */
@Converter(autoApply = true)
public class AttributeTypeConverter implements AttributeConverter<AttributeType, String> {

    @Override
    public String convertToDatabaseColumn(AttributeType type) {
        return type == null ? null : type.code();
    }

    @Override
    public AttributeType convertToEntityAttribute(String code) {
        return code == null ? null : AttributeType.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("unknown attribute type in database: " + code));
    }
}
