package io.pimento.web.segments;

import io.pimento.targeting.segment.MatchedSegment;
import io.quarkus.qute.TemplateExtension;


/** How the segment pages show values. */
@TemplateExtension
final class SegmentFormats {

    private SegmentFormats() {
    }

    /** "device eq mobile; visits gte 2": what held for the visitor to match. */
    static String heldText(MatchedSegment match) {
        return match.held().isEmpty() ? "held" : String.join("; ", match.held());
    }
}
