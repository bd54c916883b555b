package io.pimento.targeting.segment;

/** Fired inside the transaction that created, changed or deleted a segment. */
public record SegmentsChanged(String code) {
}
