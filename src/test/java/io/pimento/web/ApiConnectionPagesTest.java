package io.pimento.web;

import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

/** The admin page of Akeneo API connections: list, create (secret shown once), delete; CSRF and roles as every form. */
@QuarkusTest
class ApiConnectionPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String PAGE = "/ui/api-connections";
    private static final Pattern CLIENT_ID = Pattern.compile("id=\"client-id\" type=\"text\" readonly value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("value=\"(pks_[^\"]+)\"");

    private static String uniqueCode() {
        return "ui_conn_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void shouldListConnectionsWithoutTheirSecret() {
        String code = uniqueCode();
        Map<String, Object> created = Api.asAdmin().body(Map.of("code", code, "label", "Listed shop"))
                .post("/api/v1/api-connections").then().statusCode(201).extract().jsonPath().getMap("");

        String page = UiSession.login("admin").page(PAGE);

        assertThat(page).contains(code, "Listed shop", (String) created.get("client_id"))
                .doesNotContain((String) created.get("secret")).doesNotContain("value=\"pks_");
    }

    @Test
    void shouldShowTheSecretOnceAndItSignsAConnectorIn() {
        String code = uniqueCode();
        UiSession session = UiSession.login("admin");
        String csrf = session.csrfToken(PAGE);

        Response created = session.request().contentType(FORM).formParam("csrf-token", csrf)
                .formParam("code", code).formParam("label", "Marketplace <b>")
                .post(PAGE);

        created.then().statusCode(200).body(containsString("Connection \"Marketplace &lt;b&gt;\" created"))
                .body(containsString("only time it is shown"));
        Matcher clientId = CLIENT_ID.matcher(created.asString());
        Matcher secret = SECRET.matcher(created.asString());
        assertThat(clientId.find()).isTrue();
        assertThat(secret.find()).isTrue();
        assertThat(session.page(PAGE)).contains(code).doesNotContain(secret.group(1));

        given().auth().preemptive().basic(clientId.group(1), secret.group(1)).contentType(ContentType.JSON)
                .body(Map.of("grant_type", "password", "username", "viewer", "password", "viewer"))
                .post("/api/oauth/v1/token").then().statusCode(200);
    }

    @Test
    void shouldShowABadCodeNextToTheCodeFieldAndCreateNothing() {
        UiSession session = UiSession.login("admin");
        String csrf = session.csrfToken(PAGE);

        session.request().contentType(FORM).formParam("csrf-token", csrf).formParam("code", "has space").formParam("label", "Kept label")
                .post(PAGE).then()
                .statusCode(422)
                .body(containsString("id=\"code-error\">a code of 1 to 100 letters"))
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("value=\"Kept label\""))
                .body(not(containsString("value=\"pks_")));
        Api.asAdmin().get("/api/v1/api-connections/has space").then().statusCode(404);
    }

    @Test
    void shouldShowATakenCodeNextToTheCodeField() {
        String code = uniqueCode();
        Api.asAdmin().body(Map.of("code", code)).post("/api/v1/api-connections").then().statusCode(201);
        UiSession session = UiSession.login("admin");
        String csrf = session.csrfToken(PAGE);

        session.request().contentType(FORM).formParam("csrf-token", csrf).formParam("code", code.toUpperCase())
                .post(PAGE).then()
                .statusCode(409)
                .body(containsString("id=\"code-error\">API connection"));
    }

    @Test
    void shouldDeleteAConnectionAfterConfirmation() {
        String code = uniqueCode();
        Api.asAdmin().body(Map.of("code", code, "label", "To delete")).post("/api/v1/api-connections").then().statusCode(201);
        UiSession session = UiSession.login("admin");
        String confirm = PAGE + "/" + code + "/delete";
        String csrf = session.csrfToken(confirm);
        assertThat(session.page(confirm)).contains("Delete the API connection &quot;To delete&quot;", "action=\"" + confirm + "\"");

        session.keep(session.request().contentType(FORM).formParam("csrf-token", csrf).post(confirm))
                .then().statusCode(303).header("Location", endsWith(PAGE));

        assertThat(session.page(PAGE)).contains("API connection deleted.").doesNotContain(code);
        Api.asAdmin().get("/api/v1/api-connections/" + code).then().statusCode(404);
    }

    @Test
    void shouldShowEditorsAForbiddenPage() {
        UiSession.login("editor").get(PAGE).then()
                .statusCode(403).contentType(containsString("text/html"))
                .body(not(containsString("New connection")));
    }

    @Test
    void shouldRefuseACreationWithoutTheCsrfToken() {
        String code = uniqueCode();
        UiSession session = UiSession.login("admin");
        session.csrfToken(PAGE);

        session.request().contentType(FORM).formParam("code", code).post(PAGE).then().statusCode(400);
        Api.asAdmin().get("/api/v1/api-connections/" + code).then().statusCode(404);
    }

    @Test
    void shouldShowAnUnknownConnectionAsNotFound() {
        UiSession.login("admin").get(PAGE + "/no_such_connection_x/delete").then()
                .statusCode(404).contentType(containsString("text/html"));
    }
}
