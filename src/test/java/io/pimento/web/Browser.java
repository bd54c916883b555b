package io.pimento.web;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The system's Chromium driven by Playwright, one per test class (start it in {@code @BeforeAll},
 * check it in {@code @BeforeEach}, close it in {@code @AfterAll}). Playwright never downloads a browser here
 * (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1, set by Surefire); bin/test installs Chromium when it can,
 * and without it the browser tests are skipped, never failed.
 */
public final class Browser implements AutoCloseable {

    /** Where Debian's chromium package puts the browser; PIMENTO_CHROMIUM points elsewhere. */
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("PIMENTO_CHROMIUM", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts Chromium; {@code null} when it is not installed (see {@link #assumeInstalled}). */
    public static Browser startIfInstalled() {
        if (!Files.isExecutable(CHROMIUM)) {
            return null;
        }
        Playwright playwright = Playwright.create();
        try {
            return new Browser(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update"))));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** Skips the calling test, saying why, when there is no browser. */
    public static void assumeInstalled(Browser browser) {
        assumeTrue(browser != null, "Chromium is not installed at " + CHROMIUM
                + ": browser test skipped (bin/test installs it with apt-get install -y chromium when run as root)");
    }

    /** A fresh browser profile (no cookies) for one test. */
    public BrowserContext newContext(String baseUrl) {
        BrowserContext context = browser.newContext(new NewContextOptions().setBaseURL(baseUrl).setViewportSize(1280, 900));
        context.setDefaultTimeout(15_000);
        return context;
    }

    /** Logs in through the login form and waits for the dashboard. */
    public static void logIn(Page page, String user) {
        page.navigate("/ui/login");
        page.getByLabel("Username").fill(user);
        page.getByLabel("Password").fill(user);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        PlaywrightAssertions.assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Dashboard"))).isVisible();
    }

    /** With -Dpimento.ui.screenshots=<folder>, saves what the page looks like, to check the UI by eye. */
    public static void screenshot(Page page, String name) {
        String folder = System.getProperty("pimento.ui.screenshots");
        if (folder != null && !folder.isBlank()) {
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(folder, name + ".png")).setFullPage(true));
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
