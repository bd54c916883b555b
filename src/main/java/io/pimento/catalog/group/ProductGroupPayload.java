package io.pimento.catalog.group;

import io.pimento.catalog.support.StructurePayload;

import java.util.Map;

/** A product group in and out of the API: {@code {"code","type","labels","version"}} (type: RELATED, XSELL...). */
public record ProductGroupPayload(String code, String type, Map<String, String> labels, Integer version) implements StructurePayload {
}
