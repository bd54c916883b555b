package io.pimento.targeting.rules.engine;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Chooses the rules that apply to one request: enabled, for this placement (or every placement),
 * for a segment the visitor matched (or everyone), and in schedule. A schedule includes its
 * {@code start} and excludes its {@code end}: a rule from 2026-12-01T00:00Z to
 * 2026-12-25T00:00Z applies on the first instant of December 1st and no longer at midnight on the
 * 25th, so back-to-back schedules never overlap.
 */
public final class RuleSelector {

    private RuleSelector() {
    }

    /** The applicable rules, in precedence order (higher priority first, then code). */
    public static List<ScheduledRule> select(List<ScheduledRule> rules, Placement placement, Set<String> segments, Instant now) {
        return rules.stream()
                .filter(rule -> applies(rule, placement, segments, now))
                .sorted(Prioritized.precedence())
                .toList();
    }

    public static boolean applies(ScheduledRule rule, Placement placement, Set<String> segments, Instant now) {
        return rule.enabled()
                && (rule.placement() == null || rule.placement() == placement)
                && (rule.segment() == null || segments.contains(rule.segment()))
                && (rule.start() == null || !now.isBefore(rule.start()))
                && (rule.end() == null || now.isBefore(rule.end()));
    }
}
