package io.pimento.targeting.rules.engine;

import java.util.List;

/**
 * A product the placement's candidate selection found, with its score and the reasons it was
 * selected ({@code {"code": "category", "text": "in category Jackets"}}).
 */
public record Candidate(String identifier, double score, List<Reason> reasons) {

    public Candidate {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
