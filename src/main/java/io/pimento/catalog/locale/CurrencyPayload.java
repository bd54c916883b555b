package io.pimento.catalog.locale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonAlias;
import io.pimento.catalog.support.StructurePayload;

/** A currency in and out of the API: {@code {"code":"EUR","enabled":true,"version":0}} ({@code activated} is Akeneo's name). */
// Akeneo properties Pimento has no use for: accepted, so Akeneo payloads load as they are, and ignored.
@JsonIgnoreProperties({"label"})
public record CurrencyPayload(String code, @JsonAlias("activated") Boolean enabled, Integer version) implements StructurePayload {
}
