package io.pimento.targeting.segment;

import java.util.List;

/** The segments the visitor is in, and how many were tried. */
public record EvaluationResponse(List<MatchedSegment> matched, int evaluated) {
}
