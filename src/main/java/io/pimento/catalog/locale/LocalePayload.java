package io.pimento.catalog.locale;

import io.pimento.catalog.support.StructurePayload;

/** A locale in and out of the API: {@code {"code":"en_US","enabled":true,"version":0}}. */
public record LocalePayload(String code, Boolean enabled, Integer version) implements StructurePayload {
}
