package io.pimento.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
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

/** End to end in a real browser: log in, import a file while watching its progress, find the products, edit one. */
@QuarkusTest
class UiInBrowserTest {

    private static final int ROWS = 20_000;

    private static Browser browser;
    private static TestCatalog catalog;

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
        logIn("editor");
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
        screenshot("import-job");
        page.navigate("/ui/imports");
        screenshot("imports");
        page.navigate("/ui");
        screenshot("dashboard");
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
        logIn("viewer");
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
        screenshot("product");
        page.navigate("/ui/products");
        screenshot("products");
        page.navigate("/ui/exports");
        screenshot("exports");
    }

    /** The product edit form: from the product page to the form, a value changed, saved and shown. */
    @Test
    void shouldEditAProductsNameAndColourAndShowThemSaved() {
        String sku = "browser_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Api.asAdmin().contentType("application/json").body(Map.of("identifier", sku, "family", catalog.p + "_shoes",
                "values", Map.of(catalog.p + "_name", List.of(Map.of("locale", "en_US", "data", "Pier boot")))))
                .post("/api/v1/products").then().statusCode(201);
        logIn("editor");

        page.navigate("/ui/products/" + sku);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit")).click();
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Pier boot, waxed");
        page.getByLabel("Color", new Page.GetByLabelOptions().setExact(true)).selectOption("Black");
        screenshot("product-edit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page).hasURL(Pattern.compile(".*/ui/products/" + sku + "/edit\\?locale=en_US&channel=.*"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Product saved");
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Pier boot, waxed");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Pier boot, waxed");
        String color = Api.asViewer().get("/api/v1/products/" + sku).then().statusCode(200).extract()
                .path("values." + catalog.p + "_color[0].data");
        assertEquals("black", color);
    }

    /** With -Dpimento.ui.screenshots=<folder>, saves what the page looks like, to check the UI by eye. */
    private void screenshot(String name) {
        String folder = System.getProperty("pimento.ui.screenshots");
        if (folder != null && !folder.isBlank()) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(folder, name + ".png")).setFullPage(true));
        }
    }

    private void logIn(String user) {
        page.navigate("/ui");
        assertThat(page).hasURL(Pattern.compile(".*/ui/login$"));
        page.getByLabel("Username").fill(user);
        page.getByLabel("Password").fill(user);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
    }
}
