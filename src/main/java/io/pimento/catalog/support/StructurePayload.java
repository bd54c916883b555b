package io.pimento.catalog.support;

/**
 * What every structure request and response record has: its code and, in responses (and in
 * requests that want optimistic locking), its version.
 */
public interface StructurePayload {

    String code();

    Integer version();
}
