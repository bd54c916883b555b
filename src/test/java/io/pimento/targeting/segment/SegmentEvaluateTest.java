package io.pimento.targeting.segment;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.pimento.catalog.Fixtures.unique;
import static io.pimento.targeting.segment.SegmentResourceTest.MOBILE;
import static io.pimento.targeting.segment.SegmentResourceTest.create;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class SegmentEvaluateTest {

    static final Map<String, Object> SOCIAL = Map.of("all", List.of(MOBILE,
            Map.of("any", List.of(Map.of("field", "utm_source", "op", "in", "value", List.of("instagram", "tiktok")),
                    Map.of("field", "referrer", "op", "contains", "value", "instagram.com"))),
            Map.of("not", Map.of("field", "tier", "op", "eq", "value", "gold"))));

    @Test
    void shouldMatchAndExplainWhichConditionsHeld() {
        String social = create(SOCIAL);

        asViewer().body(Map.of("context", Map.of("device", "Mobile", "utm_source", "instagram", "ctx.store", "paris"),
                        "segments", List.of(social)))
                .post("/api/v1/segments/evaluate")
                .then().statusCode(200)
                .body("evaluated", equalTo(1))
                .body("matched[0].code", equalTo(social))
                .body("matched[0].name", equalTo("Segment " + social))
                .body("matched[0].held", equalTo(List.of("device eq mobile", "utm_source in [instagram, tiktok]", "not tier eq gold")));
    }

    @Test
    void shouldLeaveOutSegmentsTheVisitorIsNotIn() {
        String social = create(SOCIAL);
        String returning = create(Map.of("field", "visits", "op", "gte", "value", 5));

        asViewer().body(Map.of("context", Map.of("device", "desktop", "visits", 7), "segments", List.of(social, returning)))
                .post("/api/v1/segments/evaluate")
                .then().statusCode(200)
                .body("evaluated", equalTo(2))
                .body("matched.code", equalTo(List.of(returning)))
                .body("matched[0].held", equalTo(List.of("visits gte 5")));
    }

    @Test
    void shouldEvaluateEverySegmentWhenNoneAreNamed() {
        String campaign = unique("campaign");
        String code = create(Map.of("field", "ctx.campaign_id", "op", "eq", "value", campaign));

        asViewer().body(Map.of("context", Map.of("ctx.campaign_id", campaign)))
                .post("/api/v1/segments/evaluate")
                .then().statusCode(200)
                .body("matched.code", hasItem(code));
    }

    @Test
    void shouldSeeAChangedConditionAtOnce() {
        String code = create(MOBILE);
        asEditor().body(Map.of("condition", Map.of("field", "device", "op", "eq", "value", "tablet")))
                .patch("/api/v1/segments/{code}", code).then().statusCode(200);

        asViewer().body(Map.of("context", Map.of("device", "mobile"), "segments", List.of(code)))
                .post("/api/v1/segments/evaluate")
                .then().statusCode(200)
                .body("matched", empty());
    }

    @Test
    void shouldCountAssumedBehaviour() {
        String outdoor = create(Map.of("behavior", "viewed_category", "value", "outdoor", "op", "gte", "count", 2, "within", "session"));

        asViewer().body(Map.of("context", Map.of(), "segments", List.of(outdoor),
                        "behavior", List.of(Map.of("behavior", "viewed_category", "value", "outdoor", "within", "session", "count", 3))))
                .post("/api/v1/segments/evaluate")
                .then().statusCode(200)
                .body("matched[0].held", equalTo(List.of("viewed_category outdoor gte 2 within session")));
    }

    @Test
    void shouldCountNoBehaviourUntilEventsExist() {
        String outdoor = create(Map.of("behavior", "viewed_category", "value", "outdoor", "op", "gte", "count", 1));

        asViewer().body(Map.of("context", Map.of("device", "mobile"), "segments", List.of(outdoor)))
                .post("/api/v1/segments/evaluate")
                .then().statusCode(200)
                .body("matched", empty());
    }

    @Test
    void shouldRefuseAContextValueOfTheWrongTypeByPath() {
        asViewer().body(Map.of("context", Map.of("visits", "many")))
                .post("/api/v1/segments/evaluate")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("context.visits"))
                .body("errors[0].message", containsString("a whole number"));
    }

    @Test
    void shouldRefuseAnUnknownSegmentByPath() {
        String known = create(MOBILE);

        asViewer().body(Map.of("context", Map.of(), "segments", List.of(known, "no_such_segment")))
                .post("/api/v1/segments/evaluate")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("segments[1]"))
                .body("errors[0].message", equalTo("segment 'no_such_segment' does not exist"));
    }
}
