package io.pimento.ranking;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SessionLogTest {

    @Test
    void shouldGroupClicksBySessionInTimeOrder() {
        SessionLog log = SessionLog.of(List.of(
                new Click("s2", "c", 50), new Click("s1", "b", 20), new Click("s1", "a", 10), new Click("s2", "a", 40)));

        assertThat(log.sessions()).extracting(SessionLog.Session::id).containsExactly("s1", "s2");
        assertThat(log.sessions().get(0).items()).containsExactly(log.itemNumber("a"), log.itemNumber("b"));
        assertThat(log.sessions().get(1).times()).containsExactly(40, 50);
        assertThat(log.itemCount()).isEqualTo(3);
        assertThat(log.lastTime()).isEqualTo(50);
        assertThat(log.clickCount()).isEqualTo(4);
    }

    @Test
    void shouldOrderSessionsByTheirLastClick() {
        SessionLog log = SessionLog.of(List.of(
                new Click("long", "a", 0), new Click("long", "b", 100), new Click("short", "c", 10), new Click("short", "d", 20)));

        assertThat(log.sessions()).extracting(SessionLog.Session::id).containsExactly("short", "long");
    }

    @Test
    void shouldNumberItemsTheSameWayWhateverTheInputOrder() {
        List<Click> clicks = List.of(new Click("s1", "x", 1), new Click("s1", "y", 2), new Click("s2", "z", 3));
        SessionLog forward = SessionLog.of(clicks);
        SessionLog backward = SessionLog.of(List.of(clicks.get(2), clicks.get(1), clicks.get(0)));

        for (String item : List.of("x", "y", "z")) {
            assertThat(backward.itemNumber(item)).isEqualTo(forward.itemNumber(item));
        }
        assertThat(forward.itemNumber("unknown")).isEqualTo(-1);
    }

    @Test
    void shouldKeepTheSessionsEndingBeforeATime() {
        SessionLog log = Logs.of("s1: a b", "s2: b c", "s3: c d");

        SessionLog early = log.endingBefore(3600 + 60 + 1);

        assertThat(early.sessions()).extracting(SessionLog.Session::id).containsExactly("s1", "s2");
        assertThat(early.itemNumber("d")).isEqualTo(-1);
    }
}
