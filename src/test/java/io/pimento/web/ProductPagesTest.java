package io.pimento.web;

import io.pimento.imports.Imports;
import io.pimento.imports.TestCatalog;
import io.pimento.testing.Api;
import io.pimento.testing.SearchBacklog;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class ProductPagesTest {

    static TestCatalog catalog;

    @BeforeEach
    void importCatalog() {
        if (catalog == null) {
            catalog = TestCatalog.create();
            Imports.runClean("products", catalog.csv("""
                    SKU;family;categories;P_name-en_US;P_description-en_US-P_web;P_price-EUR
                    P_lamp;P_shoes;P_boots;Harbour lamp boot;Warm and waterproof;120.00
                    P_sand;P_shoes;P_sale;Harbour sandal;;
                    """));
        }
    }

    @Test
    void shouldFindProductsWithTheirLabelIdentifierFamilyCompletenessAndStatus() {
        UiSession session = UiSession.login("viewer");

        String page = awaitResults(session, "/ui/products?q=harbour&family=" + catalog.p + "_shoes&channel=" + catalog.p + "_web", 2);

        assertThat(page).contains("Harbour lamp boot", "<code>" + catalog.p + "_lamp</code>", catalog.p + "_shoes",
                "Draft", "href=\"/ui/products/" + catalog.p + "_lamp\"")
                .containsPattern("<td class=\"num\">\\d+%</td>");
    }

    @Test
    void shouldOfferFamilyAndCategoryFacetsThatFilter() {
        UiSession session = UiSession.login("viewer");
        // this class's family only: other classes may have products that match "harbour" too
        String page = awaitResults(session, "/ui/products?q=harbour&family=" + catalog.p + "_shoes", 2);
        assertThat(page).contains("<h2>Family</h2>", "<h2>Category</h2>", catalog.p + "_boots", catalog.p + "_sale");

        String filtered = session.page("/ui/products?q=harbour&family=" + catalog.p + "_shoes&category=" + catalog.p + "_sale");

        assertThat(filtered).contains("Harbour sandal").doesNotContain("Harbour lamp boot").contains("(remove filter)");
    }

    @Test
    void shouldSearchInTheUiLanguageWhateverTheFirstChannelsLanguage() {
        // sorts before every other channel, so it is the one completeness is shown for by default
        String french = "a0_" + catalog.p + "_fr";
        Api.asAdmin().body(Map.of("code", french, "category_tree", catalog.p + "_master", "locales", List.of("fr_FR"),
                "currencies", List.of("EUR"))).post("/api/v1/channels").then().statusCode(201);
        try {
            UiSession session = UiSession.login("viewer");
            String page = awaitResults(session, "/ui/products?q=harbour&family=" + catalog.p + "_shoes", 2);

            assertThat(page).contains("Harbour lamp boot", "<option value=\"en_US\" selected>",
                    "<option value=\"" + french + "\" selected>");
            assertThat(session.page("/ui/products?q=harbour&family=" + catalog.p + "_shoes&locale=fr_FR")).contains("0 products");
        } finally {
            Api.asAdmin().delete("/api/v1/channels/" + french).then().statusCode(204);
        }
    }

    @Test
    void shouldShowAProductsValuesCompletenessAndHistory() {
        String page = UiSession.login("viewer").page("/ui/products/" + catalog.p + "_lamp");

        assertThat(page).contains("<h1>Harbour lamp boot</h1>", "Warm and waterproof", "120.00 EUR",
                catalog.p + "_web", "<meter", "Created</strong> by admin");
    }

    @Test
    void shouldShowAnUnknownProductAsNotFound() {
        UiSession.login("viewer").get("/ui/products/no-such-product").then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("no-such-product"));
    }

    @Test
    void shouldExplainARefusedSearchOnThePage() {
        UiSession.login("viewer").get("/ui/products?family=no_such_family").then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("unknown family &#39;no_such_family&#39;"));
    }

    /** Search follows writes through the outbox: wait until the imported products are indexed. */
    private static String awaitResults(UiSession session, String path, int count) {
        String[] page = new String[1];
        SearchBacklog.await("the imported products are listed on " + path, Duration.ofSeconds(60), () -> {
            page[0] = session.page(path);
            assertThat(page[0]).contains(count + " products");
        });
        return page[0];
    }
}
