package io.pimento.targeting.rules.engine;

import java.util.Comparator;

/**
 * Something ordered by rule precedence: the higher {@code priority} first and, between equal
 * priorities, the code first in alphabetical order, so the same rules always resolve the same way.
 */
public interface Prioritized {

    String code();

    int priority();

    static <T extends Prioritized> Comparator<T> precedence() {
        return Comparator.<T>comparingInt(Prioritized::priority).reversed().thenComparing(Prioritized::code);
    }
}
