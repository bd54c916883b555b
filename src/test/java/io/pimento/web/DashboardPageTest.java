package io.pimento.web;

import io.pimento.imports.Imports;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class DashboardPageTest {

    @Test
    void shouldShowTheCatalogCountsAndSearchBacklog() {
        String page = UiSession.login("viewer").page("/ui");

        assertThat(page).contains("products</span>", "families</span>", "categories</span>",
                "changes waiting for the search index");
    }

    @Test
    void shouldListTheLatestImports() {
        long id = Imports.start("locales", "code\nen_US\n".getBytes(StandardCharsets.UTF_8), "dashboard-locales.csv", Map.of());

        String page = UiSession.login("editor").page("/ui");

        assertThat(page).contains("Latest imports", "href=\"/ui/imports/" + id + "\"", "dashboard-locales.csv");
    }

    @Test
    void shouldOnlyShowImportsInTheNavigationToEditors() {
        assertThat(UiSession.login("viewer").page("/ui")).doesNotContain("href=\"/ui/imports\"");
        assertThat(UiSession.login("editor").page("/ui")).contains("href=\"/ui/imports\"");
    }

    @Test
    void shouldMarkTheCurrentSection() {
        assertThat(UiSession.login("viewer").page("/ui/exports")).contains("<a href=\"/ui/exports\" aria-current=\"page\">Exports</a>");
    }
}
