package io.pimento.targeting.segment;

import io.pimento.targeting.condition.BehaviorCounts;
import io.pimento.targeting.condition.VisitorContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.pimento.targeting.segment.SegmentResourceTest.MOBILE;
import static io.pimento.targeting.segment.SegmentResourceTest.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class SegmentMatcherTest {

    private static final VisitorContext ON_MOBILE = new VisitorContext("mobile", null, null, null, null, null, null, null, Map.of());

    @Inject
    SegmentMatcher matcher;

    @Inject
    EntityManager entityManager;

    @Test
    void shouldMatchOverEverySegmentWithWhatHeld() {
        String code = create(MOBILE);

        assertThat(matcher.match(ON_MOBILE, BehaviorCounts.NONE))
                .contains(new MatchedSegment(code, "Segment " + code, List.of("device eq mobile")));
    }

    @Test
    void shouldSeeAChangeMadeByAnotherInstanceWithinTheRecheckInterval() {
        String code = create(MOBILE);
        assertThat(matcher.match(ON_MOBILE, BehaviorCounts.NONE)).extracting(MatchedSegment::code).contains(code);

        // What another instance's SegmentService does: change the row and move the revision on, with no event here.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update segment set condition = cast(:condition as jsonb) where code = :code")
                    .setParameter("condition", "{\"field\": \"device\", \"op\": \"eq\", \"value\": \"tablet\"}")
                    .setParameter("code", code)
                    .executeUpdate();
            entityManager.createNativeQuery("update segment_revision set revision = revision + 1 where id = 1").executeUpdate();
        });

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(matcher.match(ON_MOBILE, BehaviorCounts.NONE)).extracting(MatchedSegment::code).doesNotContain(code));
    }
}
