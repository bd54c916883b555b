package io.pimento.targeting.rules;

import io.pimento.catalog.Fixtures;
import io.pimento.targeting.content.ResolvedContentItem;
import io.pimento.targeting.rules.engine.ActiveRule;
import io.pimento.targeting.rules.engine.Candidate;
import io.pimento.targeting.rules.engine.MerchandisingRules;
import io.pimento.targeting.rules.engine.Placement;
import io.pimento.targeting.rules.engine.PlacementItem;
import io.pimento.targeting.rules.engine.Reason;
import io.pimento.targeting.rules.engine.RuleAction;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.pimento.catalog.Fixtures.unique;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class PlacementRulesTest {

    private static final Instant NOW = Instant.now();

    /** This class's catalog: a family with a color, two red products and a blue one, all searchable. */
    private static String family;
    private static String color;
    private static String red1;
    private static String red2;
    private static String blue;

    @Inject
    PlacementRules placementRules;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void catalog() {
        if (family != null) {
            return;
        }
        Fixtures.locale("en_US");
        Fixtures.locale("fr_FR");
        color = Fixtures.selectAttribute("red", "blue");
        String code = Fixtures.family(color);
        red1 = product(code, "red");
        red2 = product(code, "red");
        blue = product(code, "blue");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                asViewer().queryParam("family", code).get("/api/v1/search/products")
                        .then().statusCode(200).extract().<List<String>>path("items.identifier").size() == 3);
        family = code;
    }

    private String product(String family, String colorCode) {
        String identifier = unique("JACKET");
        Map<String, Object> value = new HashMap<>();
        value.put("locale", null);
        value.put("scope", null);
        value.put("data", colorCode);
        asEditor().body(Map.of("identifier", identifier, "family", family, "values", Map.of(color, List.of(value))))
                .post("/api/v1/products").then().statusCode(201);
        return identifier;
    }

    private static String rule(Map<String, Object> fields) {
        String code = unique("rule");
        Map<String, Object> body = new HashMap<>(fields);
        body.put("code", code);
        asEditor().body(body).post("/api/v1/rules").then().statusCode(201);
        return code;
    }

    private static Map<String, Object> redQuery() {
        return Map.of("family", List.of(family), "attr." + color, List.of("red"));
    }

    private PlacementRules.Resolved resolve(Placement placement, Set<String> segments, String locale) {
        return placementRules.resolve(placement, segments, NOW, locale);
    }

    private static Optional<ActiveRule> find(PlacementRules.Resolved resolved, String code) {
        return resolved.rules().stream().filter(r -> r.code().equals(code)).findFirst();
    }

    @Test
    void shouldResolveAQueryRuleToTheIndexedProductsItMatches() {
        String code = rule(Map.of("placement", "category", "priority", 5, "action", Map.of("type", "exclude", "query", redQuery())));

        ActiveRule active = find(resolve(Placement.CATEGORY, Set.of(), "en_US"), code).orElseThrow();

        assertThat(active.priority()).isEqualTo(5);
        assertThat(active.action()).isInstanceOfSatisfying(RuleAction.Exclude.class,
                exclude -> assertThat(exclude.matched()).containsExactlyInAnyOrder(red1, red2));
    }

    @Test
    void shouldLeaveOutRulesOfOtherPlacementsSegmentsAndTimes() {
        Map<String, Object> pin = Map.of("type", "pin", "products", List.of(blue), "position", 1);
        String here = rule(Map.of("placement", "cart", "segment", Fixtures.segment("vip"), "action", pin));
        String everywhere = rule(Map.of("action", pin));
        String otherPlacement = rule(Map.of("placement", "home", "action", pin));
        String otherSegment = rule(Map.of("segment", Fixtures.segment("bargain_hunters"), "action", pin));
        String later = rule(Map.of("start", NOW.plus(Duration.ofDays(1)).toString(), "action", pin));
        String over = rule(Map.of("end", NOW.minus(Duration.ofDays(1)).toString(), "action", pin));
        String disabled = rule(Map.of("enabled", false, "action", pin));

        List<String> codes = resolve(Placement.CART, Set.of("vip"), "en_US").rules().stream().map(ActiveRule::code).toList();

        assertThat(codes).contains(here, everywhere).doesNotContain(otherPlacement, otherSegment, later, over, disabled);
    }

    @Test
    void shouldBringTheContentItemsValidNowInTheRequestedLocale() {
        String current = contentItem(Map.of("valid_from", NOW.minus(Duration.ofDays(1)).toString()));
        String expired = contentItem(Map.of("valid_to", NOW.minus(Duration.ofHours(1)).toString()));
        String code = rule(Map.of("placement", "email", "segment", Fixtures.segment("new_visitors"),
                "action", Map.of("type", "content", "items", List.of(expired, current), "position", 2)));

        PlacementRules.Resolved resolved = resolve(Placement.EMAIL, Set.of("new_visitors"), "fr_CA");

        assertThat(find(resolved, code).orElseThrow().action()).isEqualTo(new RuleAction.Content(List.of(current), 2));
        // other classes' rules may show their own items on this placement: only this test's items are checked
        assertThat(resolved.content()).containsKey(current).doesNotContainKey(expired);
        assertThat(resolved.content().get(current)).isEqualTo(new ResolvedContentItem(current, "message", "fr_FR",
                "Bienvenue", "Bonjour", null, "https://shop.example.com/hello"));
    }

    private static String contentItem(Map<String, Object> fields) {
        String code = unique("item");
        Map<String, Object> body = new HashMap<>(fields);
        body.put("code", code);
        body.put("type", "message");
        body.put("title", Map.of("en_US", "Welcome", "fr_FR", "Bienvenue"));
        body.put("text", Map.of("fr_FR", "Bonjour"));
        body.put("link", "https://shop.example.com/hello");
        asEditor().body(body).post("/api/v1/content-items").then().statusCode(201);
        return code;
    }

    @Test
    void shouldSeeAChangeMadeOnThisInstanceAtOnce() {
        String code = rule(Map.of("placement", "search", "priority", 1, "action", Map.of("type", "bury", "query", redQuery())));
        assertThat(find(resolve(Placement.SEARCH, Set.of(), null), code)).isPresent();

        asEditor().body(Map.of("priority", 7)).patch("/api/v1/rules/{code}", code).then().statusCode(200);

        assertThat(find(resolve(Placement.SEARCH, Set.of(), null), code).orElseThrow().priority()).isEqualTo(7);
    }

    @Test
    void shouldSeeAChangeMadeByAnotherInstanceWithinTheCheckInterval() {
        String code = rule(Map.of("placement", "product", "action", Map.of("type", "pin", "products", List.of(red1), "position", 3)));
        assertThat(find(resolve(Placement.PRODUCT, Set.of(), null), code)).isPresent();

        // Another instance's write: the row and the shared version change, without this instance hearing of it.
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update merchandising_rule set enabled = false where code = :code")
                    .setParameter("code", code).executeUpdate();
            entityManager.createNativeQuery("update merchandising_version set version = version + 1 where id = 1").executeUpdate();
        });

        await().atMost(Duration.ofSeconds(10)).until(() -> find(resolve(Placement.PRODUCT, Set.of(), null), code).isEmpty());
    }

    @Test
    void shouldPlaceProductsWithTheReasonsOfTheRulesThatApplied() {
        String pin = rule(Map.of("placement", "home", "priority", 100, "action", Map.of("type", "pin", "products", List.of(blue), "position", 1)));
        String exclude = rule(Map.of("placement", "home", "priority", 50, "action", Map.of("type", "exclude", "query", redQuery())));
        List<Candidate> candidates = List.of(red1, red2, blue).stream()
                .map(id -> new Candidate(id, 1.0, List.of(Reason.of("family", "in family " + family)))).toList();
        List<ActiveRule> mine = resolve(Placement.HOME, Set.of(), null).rules().stream()
                .filter(r -> r.code().equals(pin) || r.code().equals(exclude)).toList();

        List<PlacementItem> items = MerchandisingRules.apply(candidates, mine, 10);

        assertThat(items).extracting(PlacementItem::identifier).containsExactly(blue);
        assertThat(items.get(0).reasons()).contains(new Reason(Reason.PINNED, pin, "pinned at 1 by rule " + pin));
    }
}
