package io.pimento.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.pimento.imports.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The product edit form in a real browser: from the product page to the form, a value changed, saved and shown. */
@QuarkusTest
class ProductEditorInBrowserTest {

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
        assertThat(color).isEqualTo("black");
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
        page.getByLabel("Username").fill(user);
        page.getByLabel("Password").fill(user);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
    }
}
