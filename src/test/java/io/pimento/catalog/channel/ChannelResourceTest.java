package io.pimento.catalog.channel;

import io.pimento.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.pimento.catalog.Fixtures.unique;
import static io.pimento.testing.Api.asAdmin;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ChannelResourceTest {

    @Test
    void shouldCreateChannelWithLocalesCurrenciesAndTree() {
        String code = unique("channel");
        String tree = Fixtures.rootCategory();
        Fixtures.locale("en_US");
        Fixtures.locale("fr_FR");
        Fixtures.currency("EUR");
        Fixtures.currency("USD");

        asAdmin().body(Map.of("code", code, "labels", Map.of("en_US", "Web shop"), "category_tree", tree,
                        "locales", List.of("en_US", "fr_FR", "EN_us"), "currencies", List.of("EUR", "usd")))
                .post("/api/v1/channels")
                .then().statusCode(201);

        asViewer().get("/api/v1/channels/{code}", code)
                .then().statusCode(200)
                .body("labels.en_US", equalTo("Web shop"))
                .body("category_tree", equalTo(tree))
                .body("locales", contains("en_US", "fr_FR"))
                .body("currencies", contains("EUR", "USD"));
    }

    @Test
    void shouldRefuseUnknownLocalesAndCurrenciesNamingEach() {
        asAdmin().body(Map.of("code", unique("channel"), "category_tree", Fixtures.rootCategory(),
                        "locales", List.of(Fixtures.locale("en_US"), "zz_ZZ"), "currencies", List.of("XXX")))
                .post("/api/v1/channels")
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("locales[1]", "currencies[0]"));
    }

    @Test
    void shouldRequireLocaleCurrencyAndTree() {
        asAdmin().body(Map.of("code", unique("channel"))).post("/api/v1/channels")
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("category_tree", "locales", "currencies"));
    }

    @Test
    void shouldRefuseCategoryThatIsNotRoot() {
        String root = Fixtures.rootCategory();
        String child = Fixtures.category(unique("child"), root);

        asAdmin().body(Map.of("code", unique("channel"), "category_tree", child,
                        "locales", List.of(Fixtures.locale("en_US")), "currencies", List.of(Fixtures.currency("EUR"))))
                .post("/api/v1/channels")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("category_tree"))
                .body("errors[0].message", containsString("root"));
    }

    @Test
    void shouldEnableCurrencyWhenChannelStartsUsingIt() {
        asAdmin().body(Map.of("enabled", false)).patch("/api/v1/currencies/JPY").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));

        asAdmin().body(Map.of("code", unique("channel"), "category_tree", Fixtures.rootCategory(),
                        "locales", List.of(Fixtures.locale("en_US")), "currencies", List.of("JPY")))
                .post("/api/v1/channels").then().statusCode(201);

        asViewer().get("/api/v1/currencies/JPY").then().body("enabled", equalTo(true));
    }

    @Test
    void shouldRequireIdentifierOnNewChannelInEveryFamily() {
        String family = Fixtures.family();

        String channel = Fixtures.channel();

        asViewer().get("/api/v1/families/{code}", family)
                .then().statusCode(200)
                .body("attribute_requirements." + channel, contains(Fixtures.IDENTIFIER));
    }

    @Test
    void shouldDropRequirementsOfDeletedChannel() {
        String channel = Fixtures.channel();
        String name = Fixtures.attribute("text");
        String family = Fixtures.family(name);
        asAdmin().body(Map.of("attribute_requirements", Map.of(channel, List.of(name)))).patch("/api/v1/families/{code}", family)
                .then().statusCode(200);

        asAdmin().delete("/api/v1/channels/{code}", channel).then().statusCode(204);

        asViewer().get("/api/v1/families/{code}", family)
                .then().statusCode(200)
                .body("attribute_requirements", not(hasKey(channel)));
        asViewer().get("/api/v1/history/family/{code}", family)
                .then().body("items[0].changes.field", hasItems("attribute_requirements." + channel));
    }
}
