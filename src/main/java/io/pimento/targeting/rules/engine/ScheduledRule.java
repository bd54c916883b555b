package io.pimento.targeting.rules.engine;

import java.time.Instant;

/**
 * Where and when a stored rule applies. {@code placement} null means every placement,
 * {@code segment} null everyone; {@code start} and {@code end} null mean no bound.
 */
public record ScheduledRule(String code, int priority, Placement placement, String segment,
                            Instant start, Instant end, boolean enabled) implements Prioritized {
}
