package io.pimento.web;

import io.pimento.imports.Imports;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class UiCsrfTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void shouldRefuseAUiFormSentWithoutItsToken() {
        UiSession session = UiSession.login("viewer");
        session.csrfToken("/ui");

        session.request().contentType(FORM).formParam("unrelated", "x").post("/ui/logout").then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("this form has expired or did not come from Pimento"));
    }

    @Test
    void shouldRefuseATokenThatIsNotTheBrowsersOwn() {
        UiSession session = UiSession.login("viewer");
        session.csrfToken("/ui");
        String someoneElses = UiSession.login("viewer").csrfToken("/ui");

        session.request().contentType(FORM).formParam("csrf-token", someoneElses).post("/ui/logout").then()
                .statusCode(400);
    }

    @Test
    void shouldRefuseAMultipartUiFormWithoutItsToken() {
        UiSession session = UiSession.login("editor");
        session.csrfToken("/ui/imports");

        session.request().multiPart("file", "p.csv", "sku\nx\n".getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("type", "products")
                .post("/ui/imports").then()
                .statusCode(400);
    }

    @Test
    void shouldAcceptTheTokenInAHeader() {
        UiSession session = UiSession.login("viewer");
        String token = session.csrfToken("/ui");

        session.request().header("X-CSRF-Token", token).post("/ui/logout").then()
                .statusCode(303);
    }

    @Test
    void shouldLeaveApiMultipartUploadsFreeOfTokens() {
        Imports.upload("admin", "locales", "code\nen_US\n".getBytes(StandardCharsets.UTF_8), "locales.csv", Map.of())
                .then().statusCode(202);
    }

    @Test
    void shouldLeaveApiJsonWritesFreeOfTokens() {
        Api.asAdmin().body(Map.of("code", "csrf_" + UUID.randomUUID().toString().substring(0, 8), "sort_order", 1))
                .post("/api/v1/attribute-groups").then().statusCode(201);
    }
}
