package io.pimento.web;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.pimento.testing.SearchBacklog;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class PreviewPageTest {

    @Inject
    CatalogFixtures fixtures;

    @Test
    void shouldShowThePreviewFormToViewers() {
        String page = UiSession.login("viewer").page("/ui/preview");

        assertThat(page).contains("name=\"placement\"", "<option value=\"category\">Category</option>", "name=\"utm_campaign\"",
                "name=\"ctx\"").doesNotContain("id=\"preview-rules\"");
    }

    @Test
    void shouldShowTheMatchedSegmentsAndTheRulesForThem() {
        String field = "ctx.pv_" + unique("x").toLowerCase().replaceAll("[^a-z0-9]", "");
        String segment = unique("pvseg").toLowerCase();
        Api.asEditor().body(Map.of("code", segment, "name", "Preview " + segment,
                "condition", Map.of("field", field, "op", "eq", "value", "yes"))).post("/api/v1/segments").then().statusCode(201);
        String rule = unique("pvrule").toLowerCase();
        Api.asEditor().body(Map.of("code", rule, "placement", "email", "segment", segment, "priority", 7,
                        "action", Map.of("type", "bury", "query", Map.of("q", "nothing-matches-this"))))
                .post("/api/v1/rules").then().statusCode(201);

        String page = UiSession.login("viewer").request().queryParam("channel", fixtures.standardCatalog().ecommerce())
                .queryParam("placement", "email").queryParam("device", "mobile")
                .queryParam("ctx", field + "=yes").get("/ui/preview").then().statusCode(200).extract().asString();

        assertThat(page).contains(">Preview " + segment + "</a>", field + " eq yes", "<code>" + rule + "</code>", "id=\"preview-items\"");
    }

    @Test
    void shouldShowThePlacementsItemsWithTheirReasons() {
        TestCatalog c = fixtures.standardCatalog();
        Api.asEditor().body(Map.of("identifier", c.sku("lamp"), "family", c.family(), "categories", List.of(c.bootsCategory()),
                "values", Map.of(c.name(), List.of(value("en_US", "Quayside lamp boot"))))).post("/api/v1/products").then().statusCode(201);
        SearchBacklog.await("the product is searchable", Duration.ofSeconds(60), () -> Api.asViewer()
                .queryParam("category", c.masterCategory()).get("/api/v1/search/products").then().body("total", equalTo(1)));

        String page = UiSession.login("viewer").request().queryParam("channel", c.ecommerce()).queryParam("placement", "home")
                .queryParam("locale", "en_US").get("/ui/preview").then().statusCode(200).extract().asString();

        assertThat(page).contains("Quayside lamp boot", "<code>" + c.sku("lamp") + "</code>", "recently updated in the catalog");
    }

    @Test
    void shouldSayWhatAPlacementNeedsNextToItsField() {
        String page = UiSession.login("viewer").request().queryParam("channel", fixtures.standardCatalog().ecommerce())
                .queryParam("placement", "category").get("/ui/preview").then().statusCode(200).extract().asString();

        assertThat(page).contains("the category placement needs category=");
    }

    private static Map<String, Object> value(String locale, Object data) {
        Map<String, Object> value = new java.util.HashMap<>(Map.of("locale", locale, "data", data));
        value.put("scope", null);
        return value;
    }

    @Test
    void shouldShowAWrongVisitorValueNextToTheContext() {
        UiSession.login("viewer").request().queryParam("placement", "home").queryParam("visits", "many").get("/ui/preview").then()
                .statusCode(200)
                .body(containsString("id=\"ctx-error\""))
                .body(containsString("visits must be a whole number"));
    }
}
