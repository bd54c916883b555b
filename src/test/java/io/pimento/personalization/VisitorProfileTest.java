package io.pimento.personalization;

import io.pimento.events.EventType;
import io.pimento.events.VisitorActivity;
import io.pimento.events.VisitorEvent;
import io.pimento.ranking.ViewedItem;
import io.pimento.targeting.condition.Behavior;
import io.pimento.targeting.condition.VisitorContext;
import io.pimento.targeting.condition.Within;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class VisitorProfileTest {

    private static final Instant T = Instant.parse("2026-11-22T10:00:00Z");

    private static VisitorActivity.Act act(EventType type, String session, String product, String category, String query, int minute) {
        return new VisitorActivity.Act(type, session, product, category, query, List.of(), T.plusSeconds(60L * minute));
    }

    /** Two earlier sessions and the current one, "now". */
    private static final List<VisitorActivity.Act> ACTS = List.of(
            act(EventType.VIEW, "old1", "A", null, null, 0),
            act(EventType.CATEGORY_VIEW, "old1", null, "jeans", null, 1),
            act(EventType.SEARCH, "old1", null, null, "Blue Jeans slim", 2),
            act(EventType.VIEW, "old2", "B", null, null, 10),
            new VisitorActivity.Act(EventType.PURCHASE, "old2", null, null, null, List.of("B", "C", "B"), T.plusSeconds(660)),
            act(EventType.VIEW, "now", "S1", null, null, 20),
            act(EventType.CLICK, "now", "S2", null, null, 21),
            act(EventType.CATEGORY_VIEW, "now", null, "Sweaters", null, 22),
            act(EventType.ADD_TO_CART, "now", "S2", null, null, 23),
            act(EventType.REMOVE_FROM_CART, "now", "S2", null, null, 24),
            act(EventType.IMPRESSION, "now", null, null, null, 25));

    private static final VisitorProfile PROFILE = VisitorProfile.of(
            new VisitorActivity("v", ACTS, List.of(), 3, T, T.plusSeconds(1500)), "now");

    static Stream<Arguments> counts() {
        return Stream.of(
                Arguments.of(Behavior.VIEWED_CATEGORY, "sweaters", Within.SESSION, 1),
                Arguments.of(Behavior.VIEWED_CATEGORY, "jeans", Within.SESSION, 0),
                Arguments.of(Behavior.VIEWED_CATEGORY, "jeans", Within.HISTORY, 1),
                Arguments.of(Behavior.VIEWED_CATEGORY, null, Within.HISTORY, 2),
                Arguments.of(Behavior.VIEWED_PRODUCT, "a", Within.HISTORY, 1),
                Arguments.of(Behavior.VIEWED_PRODUCT, null, Within.SESSION, 1),
                Arguments.of(Behavior.SEARCHED, "jeans", Within.HISTORY, 1),
                Arguments.of(Behavior.SEARCHED, "jeans", Within.SESSION, 0),
                Arguments.of(Behavior.ADDED_TO_CART, "S2", Within.SESSION, 1),
                Arguments.of(Behavior.PURCHASED, "b", Within.HISTORY, 2),
                Arguments.of(Behavior.PURCHASED, null, Within.HISTORY, 1),
                Arguments.of(Behavior.PURCHASED, null, Within.SESSION, 0));
    }

    @ParameterizedTest
    @MethodSource
    void counts(Behavior behavior, String value, Within within, long expected) {
        assertThat(PROFILE.counts().count(behavior, value, within)).isEqualTo(expected);
    }

    @Test
    void theRankerReadsTheSessionsProductEventsAfterTheVisitorsEarlierOnes() {
        assertThat(PROFILE.history()).extracting(ViewedItem::itemId).containsExactly("A", "B", "S1", "S2", "S2");
    }

    @Test
    void keepsOnlyTheLastFewItemsOfEarlierSessions() {
        List<VisitorActivity.Act> acts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            acts.add(act(EventType.VIEW, "old", "P" + i, null, null, i));
        }
        acts.add(act(EventType.VIEW, "now", "X", null, null, 30));
        VisitorProfile profile = VisitorProfile.of(new VisitorActivity("v", acts, List.of(), 2, T, T), "now");

        assertThat(profile.history()).extracting(ViewedItem::itemId).containsExactly("P7", "P8", "P9", "P10", "P11", "X");
    }

    @Test
    void fillsNewAndVisitsTheChannelDidNotSend() {
        VisitorContext filled = PROFILE.complete(VisitorContext.EMPTY);
        assertThat(filled.isNew()).isFalse();
        assertThat(filled.visits()).isEqualTo(3);

        VisitorContext sent = new VisitorContext(null, null, null, null, null, true, 9L, null, null);
        assertThat(PROFILE.complete(sent)).isEqualTo(sent);
        assertThat(VisitorProfile.NONE.complete(VisitorContext.EMPTY)).isEqualTo(VisitorContext.EMPTY);
    }

    @Test
    void aFirstRequestOfANewSessionCountsAsAVisit() {
        VisitorProfile profile = VisitorProfile.of(new VisitorActivity("v", ACTS, List.of(), 3, T, T), "brand-new-session");
        assertThat(profile.visits()).isEqualTo(4);
        assertThat(profile.complete(VisitorContext.EMPTY).isNew()).isFalse();
    }

    @Test
    void theLatestChoiceAboutAThingWins() {
        List<VisitorEvent.Preference> said = List.of(
                new VisitorEvent.Preference(false, VisitorEvent.Preference.Kind.BRAND, "Northpeak"),
                new VisitorEvent.Preference(true, VisitorEvent.Preference.Kind.CATEGORY, "jeans"),
                new VisitorEvent.Preference(true, VisitorEvent.Preference.Kind.BRAND, "northpeak"));
        VisitorProfile profile = VisitorProfile.of(new VisitorActivity("v", List.of(), said, 1, T, T), "s");

        assertThat(profile.likes(VisitorEvent.Preference.Kind.BRAND, "NORTHPEAK")).isTrue();
        assertThat(profile.likes(VisitorEvent.Preference.Kind.CATEGORY, "jeans")).isTrue();
        assertThat(profile.likes(VisitorEvent.Preference.Kind.CATEGORY, "sweaters")).isNull();
        assertThat(profile.hasPreferences()).isTrue();
    }
}
