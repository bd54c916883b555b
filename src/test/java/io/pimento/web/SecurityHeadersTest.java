package io.pimento.web;

import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Security headers: on every UI page, and the ones that matter for JSON on API answers too. */
@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/ui", "/ui/products", "/ui/imports", "/ui/segments"})
    void shouldProtectSignedInPages(String path) {
        Response response = UiSession.login("admin").get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertUiHeaders(response);
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void shouldProtectTheLoginPage() {
        Response response = UiSession.anonymous().get("/ui/login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertUiHeaders(response);
    }

    @Test
    void shouldKeepPagesFreeOfInlineScriptsAndStylesThePolicyWouldBlock() {
        String page = UiSession.login("admin").page("/ui/products");

        assertThat(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContain("<style", " style=", " onclick=", "javascript:");
        assertThat(page).contains("<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\": false, \"allowEval\": false}'>");
    }

    @Test
    void shouldTellBrowsersNotToSniffOrFrameApiAnswers() {
        Response ok = Api.asViewer().get("/api/v1/categories");
        Response problem = Api.asViewer().get("/api/v1/categories/{code}", "no_such_category");

        for (Response response : new Response[]{ok, problem}) {
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        }
        assertThat(problem.statusCode()).isEqualTo(404);
    }

    private static void assertUiHeaders(Response response) {
        String policy = response.header("Content-Security-Policy");
        assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                "form-action 'self'", "object-src 'none'");
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
    }
}
