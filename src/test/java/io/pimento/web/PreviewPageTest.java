package io.pimento.web;

import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.pimento.catalog.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class PreviewPageTest {

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

        String page = UiSession.login("viewer").request().queryParam("placement", "email").queryParam("device", "mobile")
                .queryParam("ctx", field + "=yes").get("/ui/preview").then().statusCode(200).extract().asString();

        assertThat(page).contains(">Preview " + segment + "</a>", field + " eq yes", "<code>" + rule + "</code>", "id=\"preview-items\"");
    }

    @Test
    void shouldShowAWrongVisitorValueNextToTheContext() {
        UiSession.login("viewer").request().queryParam("placement", "home").queryParam("visits", "many").get("/ui/preview").then()
                .statusCode(200)
                .body(containsString("id=\"ctx-error\""))
                .body(containsString("visits must be a whole number"));
    }
}
