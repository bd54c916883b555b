package io.pimento.search;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.pimento.search.CatalogFixtures.product;
import static io.pimento.search.CatalogFixtures.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class SuggestTest {

    @Inject
    CatalogFixtures fixtures;

    @Test
    void shouldSuggestProductsWhoseLabelStartsWithTheTypedLetters() {
        fixtures.locales("en_US", "fr_FR");
        String name = fixtures.attribute(unique("name"), AttributeType.TEXT, true, false);
        String family = fixtures.family(unique("family"), name, List.of(name));
        String identifier = unique("SKU");
        fixtures.product(product(identifier, family).values(v -> {
            v.put(name, "en_US", null, "Wombatic hiking boot");
            v.put(name, "fr_FR", null, "Chaussure de randonnée wombatique");
        }));

        await().untilAsserted(() -> Api.asViewer().queryParam("q", "wombati hik").queryParam("locale", "en_US")
                .get("/api/v1/search/suggest")
                .then().statusCode(200)
                .body("items.identifier", contains(identifier))
                .body("items[0].label", equalTo("Wombatic hiking boot")));
        Api.asViewer().queryParam("q", "randon").queryParam("locale", "fr_FR").get("/api/v1/search/suggest")
                .then().statusCode(200).body("items.label", hasItem("Chaussure de randonnée wombatique"));
        Api.asViewer().queryParam("q", "randon").queryParam("locale", "en_US").get("/api/v1/search/suggest")
                .then().statusCode(200).body("items.identifier", empty());
    }

    @Test
    void shouldSuggestProductsByTheBeginningOfTheirIdentifier() {
        String family = fixtures.family(unique("family"), null, List.of());
        String identifier = unique("QZX-7781");
        fixtures.product(product(identifier, family));

        await().untilAsserted(() -> Api.asViewer().queryParam("q", identifier.substring(0, identifier.length() - 3))
                .get("/api/v1/search/suggest")
                .then().statusCode(200)
                .body("items.identifier", contains(identifier)));
    }

    @Test
    void shouldRefuseSuggestWithoutText() {
        Api.asViewer().get("/api/v1/search/suggest").then().statusCode(400).body("errors.field", hasItem("q"));
    }
}
