package io.pimento.web;

import io.pimento.imports.Imports;
import io.pimento.imports.TestCatalog;
import io.pimento.testing.Api;
import io.pimento.testing.SearchBacklog;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/** The product grid: sort by column, pages with a count, filters by label, variants under their model, htmx fragments. */
@QuarkusTest
class ProductGridTest {

    /** 27 products: more than one page of 25. */
    private static final int PRODUCTS = 27;
    private static final Pattern IDENTIFIER_CELL = Pattern.compile("<td><code>([^<]+)</code></td>");

    static TestCatalog catalog;
    static String family;

    @BeforeEach
    void importCatalog() {
        if (catalog == null) {
            catalog = TestCatalog.create();
            family = catalog.p + "_shoes";
            String rows = IntStream.rangeClosed(1, PRODUCTS)
                    .mapToObj(i -> "P_g%02d;P_shoes;P_boots;Grid boot %02d".formatted(i, i))
                    .collect(Collectors.joining("\n"));
            Imports.runClean("products", catalog.csv("SKU;family;categories;P_name-en_US\n" + rows + "\n"
                    + "P_x01;P_shoes;P_sale;<script>alert('grid')</script>\n"));
            Imports.runClean("product_models", catalog.csv("code;family_variant;categories;P_name-en_US\nP_model;P_shoes_by_color;P_boots;Model boot\n"));
            Imports.runClean("products", catalog.csv("""
                    SKU;parent;P_color
                    P_v1;P_model;black
                    P_v2;P_model;white
                    """));
            for (String identifier : new String[]{"_g03", "_g05"}) {
                Api.asEditor().body(Map.of("status", "in_review")).post("/api/v1/products/" + catalog.p + identifier + "/status")
                        .then().statusCode(200);
            }
            // every product indexed with its last status before any test looks
            awaitPage(UiSession.login("viewer"), "/ui/products?family=" + family + "&status=in_review", "1-2 of 2 products");
            awaitPage(UiSession.login("viewer"), "/ui/products?family=" + family, "of " + (PRODUCTS + 3) + " products");
        }
    }

    @Test
    void shouldSortByTheClickedColumnAndTheOtherWayOnTheSecondClick() {
        UiSession session = UiSession.login("viewer");

        String ascending = session.page("/ui/products?family=" + family + "&sort=identifier");
        String descending = session.page("/ui/products?family=" + family + "&sort=-identifier");

        assertThat(firstIdentifier(ascending)).isEqualTo(catalog.p + "_g01");
        assertThat(firstIdentifier(descending)).isEqualTo(catalog.p + "_x01");
        assertThat(ascending).contains("aria-sort=\"ascending\"><a href=\"/ui/products?family=" + family + "&amp;channel=")
                .contains("sort=-identifier\">Identifier");
    }

    @Test
    void shouldSortByFamilyAndByCompleteness() {
        UiSession session = UiSession.login("viewer");

        assertThat(session.page("/ui/products?family=" + family + "&sort=family")).contains("aria-sort=\"ascending\"><a")
                .contains("sort=-family\">Family");
        assertThat(session.page("/ui/products?family=" + family + "&sort=-completeness")).contains("sort=completeness\">Completeness");
    }

    @Test
    void shouldCountAndLinkThePreviousAndNextPages() {
        UiSession session = UiSession.login("viewer");
        String first = session.page("/ui/products?family=" + family + "&sort=identifier");
        assertThat(first).contains("1-25 of 30 products").doesNotContain("Previous page");

        String second = session.page("/ui/products?" + link(first, "next"));

        assertThat(second).contains("26-30 of 30 products").doesNotContain("rel=\"next\"");
        assertThat(firstIdentifier(second)).isEqualTo(catalog.p + "_g26");
        String back = session.page("/ui/products?" + link(second, "prev"));
        assertThat(back).contains("1-25 of 30 products");
        assertThat(firstIdentifier(back)).isEqualTo(catalog.p + "_g01");
    }

    @Test
    void shouldNarrowTheListByStatusAndByEnabled() {
        UiSession session = UiSession.login("viewer");

        String inReview = session.page("/ui/products?family=" + family + "&status=in_review&sort=identifier");

        assertThat(inReview).contains("1-2 of 2 products", catalog.p + "_g03", catalog.p + "_g05").doesNotContain(catalog.p + "_g04<");
        assertThat(session.page("/ui/products?family=" + family + "&enabled=false")).contains("0 products");
    }

    @Test
    void shouldShowLabelsWithTheCodesOnHover() {
        String page = UiSession.login("viewer").page("/ui/products?family=" + family + "&sort=identifier");

        assertThat(page).contains("<span title=\"" + family + "\">Shoes</span>")
                .contains("title=\"" + catalog.p + "_boots\"><span class=\"facet-label\">Boots</span> <span class=\"count\">")
                .contains("title=\"in_review\"><span class=\"facet-label\">In review</span> <span class=\"count\">2</span>")
                .contains("title=\"draft\"><span class=\"facet-label\">Draft</span> <span class=\"count\">28</span>")
                .doesNotContain("<span class=\"facet-label\">" + family + "</span>");
    }

    @Test
    void shouldFilterByCompletenessInTheShownChannel() {
        UiSession session = UiSession.login("viewer");
        String channel = catalog.p + "_web";

        // the family requires a price in the web channel, which no product of this class has
        assertThat(session.page("/ui/products?family=" + family + "&channel=" + channel + "&completeness=100")).contains("0 products");
        assertThat(session.page("/ui/products?family=" + family + "&channel=" + channel)).contains("at least 50%");
        UiSession.login("viewer").get("/ui/products?family=" + family + "&channel=" + channel + "&completeness=120").then()
                .statusCode(400).body(containsString("completeness must be a whole number from 0 to 100"));
    }

    @Test
    void shouldGroupVariantsUnderTheirModelUnlessAskedFlat() {
        UiSession session = UiSession.login("viewer");
        // v1 and v2 come right after x01 in descending order
        String path = "/ui/products?family=" + family + "&sort=-identifier";

        String grouped = session.page(path);
        String flat = session.page(path + "&view=flat");

        assertThat(grouped).contains("Model <code>" + catalog.p + "_model</code> · 2 variants");
        assertThat(flat).doesNotContain("Model <code>").contains("Group variants by model");
    }

    @Test
    void shouldEscapeAScriptInALabel() {
        String page = UiSession.login("viewer").page("/ui/products?family=" + family + "&sort=-identifier");

        assertThat(page).contains("&lt;script&gt;alert(&#39;grid&#39;)&lt;/script&gt;").doesNotContain("<script>alert(");
    }

    @Test
    void shouldAnswerHtmxWithTheGridAlone() {
        String fragment = UiSession.login("viewer").request().header("HX-Request", "true")
                .get("/ui/products?family=" + family + "&sort=identifier").then().statusCode(200).extract().asString();

        assertThat(fragment).startsWith("<div id=\"product-grid\"").doesNotContain("<html").contains("1-25 of 30 products");
    }

    @Test
    void shouldAnswerHtmxRestoringHistoryWithTheWholePage() {
        String page = UiSession.login("viewer").request().header("HX-Request", "true").header("HX-History-Restore-Request", "true")
                .get("/ui/products?family=" + family + "&sort=identifier").then().statusCode(200)
                .header("Vary", containsString("HX-Request")).extract().asString();

        assertThat(page).contains("<html", "<div id=\"product-grid\"");
    }

    private static String firstIdentifier(String page) {
        Matcher matcher = IDENTIFIER_CELL.matcher(page);
        assertThat(matcher.find()).as("a product row").isTrue();
        return matcher.group(1);
    }

    /** The query string of the page's rel=next or rel=prev link, unescaped as a browser would. */
    private static String link(String page, String rel) {
        Matcher matcher = Pattern.compile("href=\"/ui/products\\?([^\"]+)\" rel=\"" + rel + "\"").matcher(page);
        assertThat(matcher.find()).as("a " + rel + " link").isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }

    private static String awaitPage(UiSession session, String path, String expected) {
        String[] page = new String[1];
        SearchBacklog.await("the products are listed on " + path, Duration.ofSeconds(60), () -> {
            page[0] = session.page(path);
            assertThat(page[0]).contains(expected);
        });
        return page[0];
    }
}
