package io.pimento.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.pimento.testing.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The segment form's condition editor in a real browser: groups and rows added through htmx, then saved. */
@QuarkusTest
class SegmentEditorInBrowserTest {

    private static Browser browser;

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
    void shouldBuildASegmentWithTheConditionFormAndSaveIt() {
        String code = "browser_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Browser.logIn(page, "editor");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Segments")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New segment")).click();
        page.getByLabel("Code").fill(code);
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Mobile French newsletter readers");
        page.locator("#c0-0").getByLabel("Value", new Locator.GetByLabelOptions().setExact(true)).fill("mobile");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("+ Group (0)")).click();
        Locator group = page.locator("#c0-1");
        assertThat(group).isVisible();
        group.locator("#c0-1-0").getByLabel("Field", new Locator.GetByLabelOptions().setExact(true)).selectOption("country");
        group.locator("#c0-1-0").getByLabel("Value", new Locator.GetByLabelOptions().setExact(true)).fill("FR");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("+ Field (0.1)")).click();
        Locator added = page.locator("#c0-1-1");
        assertThat(added).isVisible();
        assertThat(page.locator("#c0-0").getByLabel("Value", new Locator.GetByLabelOptions().setExact(true))).hasValue("mobile");
        added.getByLabel("Field", new Locator.GetByLabelOptions().setExact(true)).selectOption("utm_source");
        added.getByLabel("Operator").selectOption("in");
        added.getByLabel("Value", new Locator.GetByLabelOptions().setExact(true)).fill("newsletter, email");
        Browser.screenshot(page, "segment-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the segment")).click();

        assertThat(page).hasURL(Pattern.compile(".*/ui/segments/" + code + "$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Segment saved.");
        Map<String, Object> condition = Api.asViewer().get("/api/v1/segments/" + code).then().statusCode(200).extract().path("condition");
        assertThat(condition).isEqualTo(Map.of("all", List.of(
                Map.of("field", "device", "op", "eq", "value", "mobile"),
                Map.of("any", List.of(Map.of("field", "country", "op", "eq", "value", "FR"),
                        Map.of("field", "utm_source", "op", "in", "value", List.of("newsletter", "email")))))));
        page.navigate("/ui/segments");
        Browser.screenshot(page, "segments");
    }
}
