package io.pimento.targeting.segment;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * {@code POST /api/v1/segments/evaluate}: a visitor context, optionally the codes of the segments to
 * try (all of them otherwise) and behaviour counts to assume (none otherwise).
 */
public record EvaluationRequest(JsonNode context, List<String> segments, List<Tally> behavior) {

    /** {@code {"behavior": "viewed_category", "value": "outdoor", "within": "session", "count": 3}} */
    public record Tally(String behavior, String value, String within, Long count) {
    }
}
