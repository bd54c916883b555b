package io.pimento.targeting.rules.engine;

/**
 * Why an item is in a placement, or where it is: {@code {"code": "pinned", "rule": "winter_hero",
 * "text": "pinned at 1 by rule winter_hero"}}. {@code rule} is null for reasons that come from
 * candidate selection or ranking rather than from a merchandising rule.
 */
public record Reason(String code, String rule, String text) {

    public static final String PINNED = "pinned";
    public static final String INCLUDED = "included";
    public static final String BOOSTED = "boosted";
    public static final String BURIED = "buried";
    public static final String CONTENT = "content";
    /** The reason of a candidate that came without any. */
    public static final String RANKED = "ranked";

    public static Reason of(String code, String text) {
        return new Reason(code, null, text);
    }
}
