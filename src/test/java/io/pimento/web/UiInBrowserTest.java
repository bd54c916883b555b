package io.pimento.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.pimento.imports.Imports;
import io.pimento.imports.TestCatalog;
import io.pimento.testing.Api;
import io.pimento.testing.SearchBacklog;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end in a real browser: log in, import a file while watching its progress, find the
 * products, edit one, sort the grid at tablet width, review a product.
 */
@QuarkusTest
class UiInBrowserTest {

    private static final int ROWS = 20_000;

    private static Browser browser;
    private static TestCatalog catalog;
    private static boolean tabletProducts;

    @TestHTTPResource("/")
    URL base;

    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.startIfInstalled();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void openPage() {
        Browser.assumeInstalled(browser);
        if (catalog == null) {
            catalog = TestCatalog.create();
        }
        context = browser.newContext(base.toString());
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void shouldFollowAnImportOnItsPageUntilItCompletes() throws IOException {
        Browser.logIn(page, "editor");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Imports")).click();
        // Enough rows for the job to run a few seconds, so the page follows it through htmx; a dry run,
        // which counts what it would do, so the search index gets no backlog from it.
        StringBuilder csv = new StringBuilder(catalog.csv("SKU;family;P_name-en_US\n"));
        for (int i = 0; i < ROWS; i++) {
            csv.append(catalog.csv("P_browser-%d;P_shoes;Browser boot %d\n".formatted(i, i)));
        }
        csv.append(catalog.csv("P_browser-broken;nope;Broken row\n"));
        Path file = Files.createTempFile("products", ".csv");
        Files.writeString(file, csv);
        List<String> polls = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().endsWith("/progress")) {
                polls.add(request.url());
            }
        });

        page.getByLabel("File").setInputFiles(file);
        page.getByLabel("What it holds").selectOption("products");
        page.getByLabel("Dry run").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the import")).click();

        assertThat(page).hasURL(Pattern.compile(".*/ui/imports/\\d+$"));
        Locator progress = page.locator("#job-progress");
        assertThat(progress).hasAttribute("data-status", "completed", new LocatorAssertions.HasAttributeOptions().setTimeout(120_000));
        assertThat(page.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("value", "100");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Completed");
        assertThat(progress.locator("[data-counter=created]")).hasText(String.format(Locale.ROOT, "%,d", ROWS));
        assertThat(progress.locator("[data-counter=rejected]")).hasText("1");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download the rejected rows (errors.csv)"))).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel the import"))).hasCount(0);
        assertFalse(polls.isEmpty(), "htmx never refreshed the progress while the job ran");
        Browser.screenshot(page, "import-job");
        page.navigate("/ui/imports");
        Browser.screenshot(page, "imports");
        page.navigate("/ui");
        Browser.screenshot(page, "dashboard");
        Files.deleteIfExists(file);
    }

    @Test
    void shouldFindAnImportedProductBySearching() {
        String identifier = catalog.p + "_searched";
        io.pimento.imports.Imports.runClean("products",
                catalog.csv("SKU;family;P_name-en_US\n%s;P_shoes;Lighthouse keeper boot\n".formatted(identifier)));
        // Search follows writes through the outbox: the product is searchable once the indexer got to it.
        SearchBacklog.await("the imported product is searchable", Duration.ofSeconds(60), () -> Api.asViewer()
                .queryParam("q", "lighthouse keeper").get("/api/v1/search/products")
                .then().statusCode(200).body("items.identifier", org.hamcrest.Matchers.hasItem(identifier)));
        Browser.logIn(page, "viewer");
        page.navigate("/ui/products");
        page.getByRole(AriaRole.SEARCHBOX).fill("lighthouse keeper");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        page.waitForLoadState();
        Locator result = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lighthouse keeper boot"));

        assertThat(result).isVisible();
        assertThat(page.locator("table")).containsText(identifier);
        result.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Lighthouse keeper boot");
        assertThat(page.locator("main")).containsText("Completeness");
        Browser.screenshot(page, "product");
        page.navigate("/ui/products");
        Browser.screenshot(page, "products");
        page.navigate("/ui/exports");
        Browser.screenshot(page, "exports");
    }

    /** The product edit form: from the product page to the form, a value changed, saved and shown. */
    @Test
    void shouldEditAProductsNameAndColourAndShowThemSaved() {
        String sku = "browser_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Api.asAdmin().contentType("application/json").body(Map.of("identifier", sku, "family", catalog.p + "_shoes",
                "values", Map.of(catalog.p + "_name", List.of(Map.of("locale", "en_US", "data", "Pier boot")))))
                .post("/api/v1/products").then().statusCode(201);
        Browser.logIn(page, "editor");

        page.navigate("/ui/products/" + sku);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit")).click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Pier boot, waxed");
        page.getByLabel("Color", new Page.GetByLabelOptions().setExact(true)).selectOption("Black");
        Browser.screenshot(page, "product-edit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page).hasURL(Pattern.compile(".*/ui/products/" + sku + "/edit\\?locale=en_US&channel=.*"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Product saved");
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Pier boot, waxed");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Pier boot, waxed");
        String color = Api.asViewer().get("/api/v1/products/" + sku).then().statusCode(200).extract()
                .path("values." + catalog.p + "_color[0].data");
        assertEquals("black", color);
    }

    @Test
    void shouldRestoreAPreviousValueFromTheProductsHistory() {
        String sku = "browser_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Api.asAdmin().contentType("application/json").body(Map.of("identifier", sku, "family", catalog.p + "_shoes",
                "values", Map.of(catalog.p + "_name", List.of(Map.of("locale", "en_US", "data", "Jetty boot")))))
                .post("/api/v1/products").then().statusCode(201);
        Api.asAdmin().contentType("application/json")
                .body(Map.of("values", Map.of(catalog.p + "_name", List.of(Map.of("locale", "en_US", "data", "Jetty boot (wrong)")))))
                .patch("/api/v1/products/" + sku).then().statusCode(200);
        Browser.logIn(page, "editor");

        page.navigate("/ui/products/" + sku);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore previous value")).first().click();

        assertThat(page).hasURL(Pattern.compile(".*/ui/products/" + sku + "#history"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("restored as version 2");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Jetty boot");
        assertThat(page.locator("#history li").first()).containsText("by editor");
        Browser.screenshot(page, "product-history");
    }

    @Test
    void shouldSortTheGridByClickingAColumnHeaderWithoutReloadingThePage() {
        tabletProducts();
        page.setViewportSize(800, 900);
        Browser.logIn(page, "viewer");
        // other tests of the class add products to the family: the text keeps these three
        page.navigate("/ui/products?family=" + catalog.p + "_shoes&q=tablet+boot");
        List<String> htmxRequests = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if ("true".equals(request.headers().get("hx-request"))) {
                htmxRequests.add(request.url());
            }
        });
        Locator identifierHeader = page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName("Identifier"));

        identifierHeader.getByRole(AriaRole.LINK).click();

        assertThat(page).hasURL(Pattern.compile(".*sort=identifier$"));
        assertThat(page.locator(".product-grid tbody tr").first()).containsText(catalog.p + "_b1");
        assertThat(identifierHeader).hasAttribute("aria-sort", "ascending");

        identifierHeader.getByRole(AriaRole.LINK).click();

        assertThat(page).hasURL(Pattern.compile(".*sort=-identifier$"));
        assertThat(page.locator(".product-grid tbody tr").first()).containsText(catalog.p + "_b3");
        assertThat(page.getByText("1-3 of 3 products")).isVisible();
        assertThat(htmxRequests).as("the sorts went through htmx").hasSize(2);
        // usable at tablet width: nothing wider than the window
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(800);
        Browser.screenshot(page, "products-800px");
    }

    @Test
    void shouldRejectWithACommentThatTheEditorThenSees() {
        tabletProducts();
        page.setViewportSize(800, 900);
        String identifier = catalog.p + "_b2";
        Browser.logIn(page, "editor");
        page.navigate("/ui/products/" + identifier);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit for review")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Submitted for review.");
        context.clearCookies();

        Browser.logIn(page, "reviewer");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("items waiting for review")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(identifier)).click();
        page.getByLabel("What to fix").fill("Say which leather.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reject")).click();
        assertThat(page).hasURL(Pattern.compile(".*/ui/review$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("sent back to draft");
        context.clearCookies();

        Browser.logIn(page, "editor");
        page.navigate("/ui/products/" + identifier);
        assertThat(page.locator("#review")).containsText("Rejected by reviewer");
        assertThat(page.locator("#review blockquote")).hasText("Say which leather.");
        Browser.screenshot(page, "product-rejected");
    }

    @Test
    void shouldDisableTheTickedProductsFromTheGridAndFollowTheJob() {
        // products of its own, so the other tests' products keep their state
        Imports.runClean("products", catalog.csv("""
                SKU;family;P_name-en_US
                P_c1;P_shoes;Crate boot one
                P_c2;P_shoes;Crate boot two
                P_c3;P_shoes;Crate boot three
                """));
        SearchBacklog.await("the products are searchable", Duration.ofSeconds(60), () -> Api.asViewer()
                .queryParam("family", catalog.p + "_shoes").queryParam("q", "crate boot").get("/api/v1/search/products")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(3)));
        Browser.logIn(page, "editor");
        page.navigate("/ui/products?family=" + catalog.p + "_shoes&q=crate+boot");

        page.getByLabel("Select this page").check();
        assertThat(page.getByLabel("Select " + catalog.p + "_c2")).isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Act on the selected products")).click();
        assertThat(page.locator(".selection-count")).containsText("3 selected products");
        page.getByLabel("Action").selectOption("disable");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run the action")).click();

        assertThat(page).hasURL(Pattern.compile(".*/ui/bulk-actions/\\d+$"));
        Locator progress = page.locator("#job-progress");
        assertThat(progress).hasAttribute("data-status", "completed", new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        assertThat(page.getByRole(AriaRole.PROGRESSBAR)).hasAttribute("value", "100");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("3 of 3 products processed");
        assertThat(progress.locator("[data-counter=changed]")).hasText("3");
        for (String sku : List.of("_c1", "_c2", "_c3")) {
            Api.asViewer().get("/api/v1/products/" + catalog.p + sku).then().body("enabled", org.hamcrest.Matchers.equalTo(false));
        }
        Browser.screenshot(page, "bulk-action-job");
    }

    /** Three products of this class's family, imported once and searchable. */
    private static void tabletProducts() {
        if (!tabletProducts) {
            Imports.runClean("products", catalog.csv("""
                    SKU;family;categories;P_name-en_US
                    P_b1;P_shoes;P_boots;Tablet boot one
                    P_b2;P_shoes;P_boots;Tablet boot two
                    P_b3;P_shoes;P_sale;Tablet boot three
                    """));
            SearchBacklog.await("the products are searchable", Duration.ofSeconds(60), () -> Api.asViewer()
                    .queryParam("family", catalog.p + "_shoes").queryParam("q", "tablet boot").get("/api/v1/search/products")
                    .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(3)));
            tabletProducts = true;
        }
    }
}
