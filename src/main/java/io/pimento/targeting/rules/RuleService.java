package io.pimento.targeting.rules;

import io.pimento.targeting.segment.SegmentMatcher;
import io.pimento.catalog.support.Codes;
import io.pimento.catalog.support.StructureService;
import io.pimento.catalog.support.Violations;
import io.pimento.targeting.Schedules;
import io.pimento.targeting.content.ContentItemUsage;
import io.pimento.targeting.rules.engine.Placement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Merchandising rules: the catalog resources' life cycle (case-insensitive codes, versions,
 * If-Match, history), validated as a whole before anything is written. Every change bumps the
 * shared {@link MerchandisingVersion} so that every instance reloads its active rules.
 */
@ApplicationScoped
public class RuleService extends StructureService<Rule, RulePayload> implements ContentItemUsage {

    public static final String KIND = "rule";

    // Field injection, like the base class: a normal-scoped bean needs a no-args constructor.
    @Inject
    RuleActions actions;

    @Inject
    SegmentMatcher segments;

    @Inject
    MerchandisingVersion merchandisingVersion;

    public RuleService() {
        super(Rule.class, KIND, "rule");
    }

    /** Every enabled rule, for the placements' cache. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RulePayload> enabled() {
        return Rule.<Rule>list("enabled = true order by code").stream().map(this::toPayload).toList();
    }

    @Override
    public List<String> rulesShowing(String contentItem) {
        return Rule.codesShowingContent(contentItem);
    }

    @Override
    protected String codeOf(Rule entity) {
        return entity.code;
    }

    @Override
    protected int versionOf(Rule entity) {
        return entity.version;
    }

    @Override
    protected RulePayload toPayload(Rule entity) {
        return new RulePayload(entity.code, entity.placement, entity.segment, entity.priority,
                Schedules.format(entity.start), Schedules.format(entity.end),
                entity.action, entity.enabled, entity.version);
    }

    @Override
    protected RulePayload defaults(String code) {
        return new RulePayload(code, null, null, 0, null, null, null, true, null);
    }

    @Override
    protected RulePayload merge(RulePayload base, RulePayload patch) {
        return new RulePayload(base.code(),
                patch.placement() != null ? patch.placement() : base.placement(),
                patch.segment() != null ? patch.segment() : base.segment(),
                patch.priority() != null ? patch.priority() : base.priority(),
                patch.start() != null ? patch.start() : base.start(),
                patch.end() != null ? patch.end() : base.end(),
                // an action is replaced as a whole: its fields depend on its type
                patch.action() != null ? patch.action() : base.action(),
                patch.enabled() != null ? patch.enabled() : base.enabled(),
                base.version());
    }

    @Override
    protected RulePayload validate(String code, RulePayload target, Rule existing, Violations violations) {
        String placement = blankToNull(target.placement());
        if (placement != null) {
            placement = Placement.fromCode(placement.strip().toLowerCase(java.util.Locale.ROOT)).map(Placement::code).orElse(null);
            if (placement == null) {
                violations.add("placement", "unknown placement '%s': use one of %s, or null for all of them"
                        .formatted(target.placement(), String.join(", ", Placement.codes())));
            }
        }
        String segment = blankToNull(target.segment());
        if (segment != null && Codes.check("segment", segment, violations) && !segments.exists(segment)) {
            violations.add("segment", "segment '%s' does not exist".formatted(segment));
        }
        Instant start = Schedules.parse("start", target.start(), violations);
        Instant end = Schedules.parse("end", target.end(), violations);
        Schedules.checkOrder(start, end, "end", violations);
        RuleActionPayload action = actions.validate(target.action(), violations);
        return new RulePayload(code, placement, segment, target.priority() == null ? 0 : target.priority(),
                Schedules.format(start), Schedules.format(end), action,
                target.enabled() == null || target.enabled(), target.version());
    }

    @Override
    protected Rule newEntity(String code) {
        Rule rule = new Rule();
        rule.code = code;
        return rule;
    }

    @Override
    protected void write(RulePayload state, Rule entity) {
        entity.placement = state.placement();
        entity.segment = state.segment();
        entity.priority = state.priority();
        entity.start = state.start() == null ? null : Instant.parse(state.start());
        entity.end = state.end() == null ? null : Instant.parse(state.end());
        entity.action = state.action();
        entity.enabled = state.enabled();
        entity.updatedAt = Instant.now();
    }

    @Override
    protected void changed(String code) {
        merchandisingVersion.bump();
    }

    private static String blankToNull(String value) {
        return Schedules.isAbsent(value) ? null : value;
    }
}
