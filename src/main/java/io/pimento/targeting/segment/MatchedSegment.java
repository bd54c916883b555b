package io.pimento.targeting.segment;

import java.util.List;

/** A segment the visitor is in, and the conditions that held ({@code device eq mobile}). */
public record MatchedSegment(String code, String name, List<String> held) {
}
