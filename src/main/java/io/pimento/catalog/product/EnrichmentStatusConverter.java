package io.pimento.catalog.product;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter(autoApply = true)
public class EnrichmentStatusConverter implements AttributeConverter<EnrichmentStatus, String> {

    @Override
    public String convertToDatabaseColumn(EnrichmentStatus status) {
        return status == null ? null : status.code();
    }

    @Override
    public EnrichmentStatus convertToEntityAttribute(String code) {
        return code == null ? null : EnrichmentStatus.fromCode(code);
    }
}
