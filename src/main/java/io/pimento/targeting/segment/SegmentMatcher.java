package io.pimento.targeting.segment;

import com.fasterxml.jackson.databind.JsonNode;
import io.pimento.common.DatabaseJsonFormat;
import io.pimento.targeting.condition.BehaviorCounts;
import io.pimento.targeting.condition.Condition;
import io.pimento.targeting.condition.ConditionEvaluator;
import io.pimento.targeting.condition.ConditionParser;
import io.pimento.targeting.condition.VisitorContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Which segments a visitor is in: what other features (personalisation, feeds) call, with the
 * segments parsed once and kept in memory.
 *
 * <p>Keeping the copy current across instances: every segment write moves the one-row
 * {@code segment_revision} on in its own transaction ({@link SegmentService}). This instance drops
 * its copy as soon as one of its own segment writes commits ({@link SegmentsChanged}), and
 * otherwise, at most every {@code pimento.targeting.segments.recheck-interval} (1 s), reads the
 * revision (a primary-key lookup) and reloads when it moved. So a change made on another instance
 * is seen within that interval, and a match costs no query in between. A revision counter rather
 * than {@code max(updated_at)}: deletions move it too, and it does not depend on the instances'
 * clocks agreeing.
 */
@ApplicationScoped
public class SegmentMatcher {

    private static final Logger LOG = Logger.getLogger(SegmentMatcher.class);

    /** A segment ready to evaluate. */
    public record CompiledSegment(String code, String name, Condition condition) {
    }

    private record Snapshot(long revision, List<CompiledSegment> segments, long checkedAtNanos) {
    }

    private final EntityManager entityManager;
    private final long recheckNanos;
    private volatile Snapshot snapshot;

    SegmentMatcher(EntityManager entityManager, TargetingConfig config) {
        this.entityManager = entityManager;
        this.recheckNanos = config.segments().recheckInterval().toNanos();
    }

    /** The segments the visitor is in, by code, with what held for each. */
    public List<MatchedSegment> match(VisitorContext context, BehaviorCounts counts) {
        return match(segments(), context, counts);
    }

    /** Evaluates the given segments (from {@link #segments()}), in their order. */
    public List<MatchedSegment> match(Collection<CompiledSegment> segments, VisitorContext context, BehaviorCounts counts) {
        List<MatchedSegment> matched = new ArrayList<>();
        for (CompiledSegment segment : segments) {
            ConditionEvaluator.Evaluation evaluation = ConditionEvaluator.evaluate(segment.condition(), context, counts);
            if (evaluation.matched()) {
                matched.add(new MatchedSegment(segment.code(), segment.name(), evaluation.held()));
            }
        }
        return matched;
    }

    /** Every segment, by code, as of at most the recheck interval ago. */
    /** Whether a segment with this code exists (rules name segments by code). */
    public boolean exists(String code) {
        return segments().stream().anyMatch(segment -> segment.code().equalsIgnoreCase(code));
    }

    public List<CompiledSegment> segments() {
        Snapshot current = snapshot;
        if (current == null) {
            return reload().segments();
        }
        if (System.nanoTime() - current.checkedAtNanos() < recheckNanos) {
            return current.segments();
        }
        return refresh(current).segments();
    }

    void onSegmentsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SegmentsChanged event) {
        snapshot = null;
    }

    private synchronized Snapshot refresh(Snapshot seen) {
        Snapshot current = snapshot;
        if (current != seen) {
            // another thread refreshed (or a local change dropped it) meanwhile
            return current != null ? current : reload();
        }
        long revision = QuarkusTransaction.requiringNew().call(this::revision);
        if (revision == current.revision()) {
            Snapshot checked = new Snapshot(revision, current.segments(), System.nanoTime());
            snapshot = checked;
            return checked;
        }
        return reload();
    }

    private synchronized Snapshot reload() {
        Snapshot loaded = QuarkusTransaction.requiringNew().call(this::load);
        snapshot = loaded;
        return loaded;
    }

    private Snapshot load() {
        // The revision first: a change committed after it is read makes the copy look older than
        // it is (one reload too many), never newer.
        long revision = revision();
        List<CompiledSegment> segments = new ArrayList<>();
        for (Segment segment : Segment.<Segment>list("order by code")) {
            JsonNode json = DatabaseJsonFormat.MAPPER.valueToTree(segment.condition);
            ConditionParser.Parsed parsed = ConditionParser.parse(json);
            if (parsed.valid()) {
                segments.add(new CompiledSegment(segment.code, segment.name, parsed.condition()));
            } else {
                // Only possible if the language became stricter since the segment was saved.
                LOG.warnf("Segment '%s' is left out of matching: its condition is no longer valid: %s", segment.code, parsed.errors());
            }
        }
        return new Snapshot(revision, List.copyOf(segments), System.nanoTime());
    }

    private long revision() {
        return ((Number) entityManager.createNativeQuery("select revision from segment_revision where id = 1")
                .getSingleResult()).longValue();
    }
}
