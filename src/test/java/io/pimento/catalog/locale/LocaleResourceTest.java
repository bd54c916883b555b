package io.pimento.catalog.locale;

import io.pimento.catalog.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static io.pimento.testing.Api.asAdmin;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class LocaleResourceTest {

    @Test
    void shouldCreateAndGetLocale() {
        asAdmin().body(Map.of("code", "de_AT", "enabled", false)).put("/api/v1/locales/de_AT").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));

        asViewer().get("/api/v1/locales/de_AT")
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("code", equalTo("de_AT"))
                .body("enabled", equalTo(false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"english", "EN_xx", "en-US", "e_US"})
    void shouldRefuseMalformedLocaleCode(String code) {
        asAdmin().body(Map.of("code", code)).post("/api/v1/locales")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(422)))
                .body("errors.field", hasItem("code"));
    }

    @Test
    void shouldRefuseToDisableLocaleUsedByChannel() {
        String channel = Fixtures.channel();

        asAdmin().body(Map.of("enabled", false)).patch("/api/v1/locales/en_US")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("enabled"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString(channel));
    }

    @Test
    void shouldRefuseToDeleteLocaleUsedByChannel() {
        Fixtures.channel();

        asAdmin().delete("/api/v1/locales/en_US").then().statusCode(409);
    }

    @Test
    void shouldEnableLocaleWhenChannelStartsUsingIt() {
        asAdmin().body(Map.of("enabled", false)).patch("/api/v1/locales/nl_BE").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));

        asAdmin().body(Map.of("code", Fixtures.unique("channel"), "category_tree", Fixtures.rootCategory(),
                        "locales", List.of("nl_BE"), "currencies", List.of(Fixtures.currency("EUR"))))
                .post("/api/v1/channels").then().statusCode(201);

        asViewer().get("/api/v1/locales/nl_BE").then().body("enabled", equalTo(true));
    }

    @Test
    void shouldDeleteUnusedLocale() {
        Fixtures.locale("pt_PT");

        asAdmin().delete("/api/v1/locales/pt_PT").then().statusCode(204);
        asViewer().get("/api/v1/locales/pt_PT").then().statusCode(404);
    }

    @Test
    void shouldAcceptAkeneoActivatedAliasForCurrencies() {
        asAdmin().body(Map.of("code", "CHF", "activated", false)).put("/api/v1/currencies/CHF")
                .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));

        asViewer().get("/api/v1/currencies/CHF").then().statusCode(200).body("enabled", equalTo(false));
    }

    @Test
    void shouldRefuseLowercaseCurrencyCode() {
        asAdmin().body(Map.of("code", "eur1")).post("/api/v1/currencies")
                .then().statusCode(422).body("errors[0].field", equalTo("code"));
    }
}
