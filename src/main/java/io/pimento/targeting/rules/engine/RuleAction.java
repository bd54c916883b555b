package io.pimento.targeting.rules.engine;

import java.util.List;
import java.util.Locale;

/**
 * What an active rule does to a placement. The actions that take a query carry the identifiers
 * of the products it matched, resolved ahead of time (best match first), so the engine never
 * searches.
 */
public sealed interface RuleAction {

    /** {@code products} at {@code position} (1-based), the next ones right after it. */
    record Pin(List<String> products, int position) implements RuleAction {
        public Pin {
            products = List.copyOf(products);
            requirePosition(position);
        }
    }

    /** Adds the matched products that are not candidates, after the candidates. */
    record Include(List<String> matched) implements RuleAction {
        public Include {
            matched = List.copyOf(matched);
        }
    }

    /** Removes the matched products. */
    record Exclude(List<String> matched) implements RuleAction {
        public Exclude {
            matched = List.copyOf(matched);
        }
    }

    /** Multiplies the rank score of the matched products by {@code weight} (above 0; below 1 demotes). */
    record Boost(List<String> matched, double weight) implements RuleAction {
        public Boost {
            matched = List.copyOf(matched);
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("a boost weight must be a positive number, not " + weight);
            }
        }
    }

    /** Moves the matched products after all the others, keeping their order. */
    record Bury(List<String> matched) implements RuleAction {
        public Bury {
            matched = List.copyOf(matched);
        }
    }

    /** Content items (codes) at {@code position} (1-based), the next ones right after it. */
    record Content(List<String> items, int position) implements RuleAction {
        public Content {
            items = List.copyOf(items);
            requirePosition(position);
        }
    }

    /** The action's name in the API and in reasons: {@code pin}, {@code include}... */
    default String type() {
        return getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static void requirePosition(int position) {
        if (position < 1) {
            throw new IllegalArgumentException("positions start at 1, not " + position);
        }
    }
}
