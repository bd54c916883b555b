package io.pimento.targeting.segment;

import io.pimento.catalog.support.Codes;
import io.pimento.catalog.support.Violations;
import io.pimento.common.BadRequestException;
import io.pimento.targeting.condition.Behavior;
import io.pimento.targeting.condition.BehaviorCounts;
import io.pimento.targeting.condition.VisitorContext;
import io.pimento.targeting.condition.Within;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Tries segments on a visitor context sent by a channel or a merchandiser ({@code POST /api/v1/segments/evaluate}). */
@ApplicationScoped
public class SegmentEvaluations {

    private final SegmentMatcher matcher;

    SegmentEvaluations(SegmentMatcher matcher) {
        this.matcher = matcher;
    }

    /** 422 naming the path of every wrong context field, unknown segment or malformed behaviour count. */
    public EvaluationResponse evaluate(EvaluationRequest request) {
        if (request == null) {
            throw new BadRequestException("a JSON body is required: {\"context\": {\"device\": \"mobile\"}}");
        }
        Violations violations = new Violations();
        VisitorContext.Parsed context = VisitorContext.parse(request.context(), "context");
        context.errors().forEach(error -> violations.add(error.field(), error.message()));
        BehaviorCounts counts = BehaviorCounts.of(tallies(request.behavior(), violations));
        List<SegmentMatcher.CompiledSegment> segments = chosen(request.segments(), violations);
        violations.throwIfAny();
        return new EvaluationResponse(matcher.match(segments, context.context(), counts), segments.size());
    }

    /** Every segment when none are named; otherwise those named, each once, in code order. */
    private List<SegmentMatcher.CompiledSegment> chosen(List<String> codes, Violations violations) {
        List<SegmentMatcher.CompiledSegment> all = matcher.segments();
        if (codes == null) {
            return all;
        }
        Map<String, SegmentMatcher.CompiledSegment> byKey = all.stream()
                .collect(Collectors.toMap(s -> Codes.key(s.code()), Function.identity()));
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) == null || !byKey.containsKey(Codes.key(codes.get(i)))) {
                violations.add("segments[" + i + "]", "segment '%s' does not exist".formatted(codes.get(i)));
            }
        }
        return all.stream().filter(s -> codes.stream().anyMatch(code -> Codes.same(code, s.code()))).toList();
    }

    private static List<BehaviorCounts.Tally> tallies(List<EvaluationRequest.Tally> given, Violations violations) {
        List<BehaviorCounts.Tally> tallies = new ArrayList<>();
        if (given == null) {
            return tallies;
        }
        for (int i = 0; i < given.size(); i++) {
            String path = "behavior[" + i + "]";
            EvaluationRequest.Tally tally = given.get(i);
            if (tally == null) {
                violations.add(path, "a behaviour count is {\"behavior\": ..., \"value\": ..., \"within\": ..., \"count\": ...}");
                continue;
            }
            Behavior behavior = Behavior.fromCode(tally.behavior()).orElse(null);
            if (behavior == null) {
                violations.add(path + ".behavior", "unknown behaviour '%s'; behaviours are %s".formatted(tally.behavior(), Behavior.codes()));
            }
            Within within = tally.within() == null ? Within.SESSION : Within.fromCode(tally.within()).orElse(null);
            if (within == null) {
                violations.add(path + ".within", "'within' is session or history, not '%s'".formatted(tally.within()));
            }
            if (tally.count() == null || tally.count() < 0) {
                violations.add(path + ".count", "the count is a whole number, 0 or more");
            }
            if (behavior != null && within != null && tally.count() != null && tally.count() >= 0) {
                tallies.add(new BehaviorCounts.Tally(behavior, tally.value(), within, tally.count()));
            }
        }
        return tallies;
    }
}
