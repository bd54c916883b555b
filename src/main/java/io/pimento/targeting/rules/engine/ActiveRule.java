package io.pimento.targeting.rules.engine;

/**
 * A rule that applies to the placement being built, ready for {@link MerchandisingRules}: its
 * query already resolved to product identifiers. {@code segment} is null when the rule targets
 * everyone.
 */
public record ActiveRule(String code, int priority, RuleAction action, String segment) implements Prioritized {

    public ActiveRule {
        if (code == null || action == null) {
            throw new IllegalArgumentException("an active rule needs a code and an action");
        }
    }
}
