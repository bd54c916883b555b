package io.pimento.web;

import io.pimento.catalog.Fixtures;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.pimento.catalog.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class RulePagesTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    /** A product to pin, created once for the class. */
    private static String product;

    private static String product() {
        if (product == null) {
            product = unique("UIPIN");
            Api.asAdmin().body(Map.of("identifier", product, "family", Fixtures.family())).post("/api/v1/products").then().statusCode(201);
        }
        return product;
    }

    @Test
    void shouldListRulesWithWhatTheyDo() {
        String code = pinned();

        String page = UiSession.login("editor").page("/ui/rules");

        assertThat(page).contains("<code>" + code + "</code>", "Pin " + product() + " at 2", "Home", "Everyone");
    }

    @Test
    void shouldCreateABoostRuleFromQueryLines() {
        UiSession session = UiSession.login("editor");
        String code = unique("boost");

        form(session, "/ui/rules/new").formParam("code", code).formParam("placement", "search").formParam("segment", "")
                .formParam("priority", "5").formParam("start", "2026-12-01T00:00").formParam("end", "")
                .formParam("enabled", "true").formParam("type", "boost").formParam("query", "q=wool").formParam("weight", "2")
                .post("/ui/rules").then().statusCode(303).header("Location", endsWith("/ui/rules/" + code));

        Api.asViewer().get("/api/v1/rules/" + code).then().statusCode(200)
                .body("action.type", equalTo("boost")).body("action.query.q", equalTo("wool"))
                .body("placement", equalTo("search")).body("start", equalTo("2026-12-01T00:00:00Z"));
    }

    @Test
    void shouldShowAMissingPositionNextToThePositionField() {
        UiSession session = UiSession.login("editor");

        form(session, "/ui/rules/new").formParam("code", unique("nopos")).formParam("type", "pin").formParam("products", product())
                .formParam("position", "").formParam("enabled", "true")
                .post("/ui/rules").then().statusCode(422)
                .body(containsString("id=\"position-error\">this action needs a position"));
    }

    @Test
    void shouldShowTheActionInputsOfTheChosenType() {
        UiSession session = UiSession.login("editor");

        String fragment = form(session, "/ui/rules/new").header("HX-Request", "true").formParam("type", "boost")
                .post("/ui/rules/action").then().statusCode(200).extract().asString().strip();

        assertThat(fragment).startsWith("<fieldset id=\"action-fields\">").contains("name=\"query\"", "name=\"weight\"")
                .doesNotContain("name=\"products\"", "<html");
    }

    @Test
    void shouldSaveAnEditedRule() {
        String code = pinned();
        UiSession session = UiSession.login("editor");
        assertThat(session.page("/ui/rules/" + code)).contains("value=\"" + product() + "\"", "<option value=\"home\" selected>");

        form(session, "/ui/rules/" + code).formParam("placement", "home").formParam("priority", "9").formParam("enabled", "true")
                .formParam("type", "pin").formParam("products", product()).formParam("position", "3").formParam("version", "0")
                .post("/ui/rules/" + code).then().statusCode(303);

        Api.asViewer().get("/api/v1/rules/" + code).then().body("priority", equalTo(9)).body("action.position", equalTo(3));
    }

    @Test
    void shouldDeleteARuleAfterConfirmation() {
        String code = pinned();
        UiSession session = UiSession.login("editor");

        form(session, "/ui/rules/" + code + "/delete").post("/ui/rules/" + code + "/delete").then().statusCode(303);

        Api.asViewer().get("/api/v1/rules/" + code).then().statusCode(404);
    }

    @Test
    void shouldShowViewersAForbiddenPage() {
        UiSession.login("viewer").get("/ui/rules").then().statusCode(403).contentType(containsString("text/html"));
    }

    @Test
    void shouldRefuseASaveWithoutTheCsrfToken() {
        UiSession session = UiSession.login("editor");
        session.csrfToken("/ui/rules/new");
        String code = unique("forged");

        session.request().contentType(FORM).formParam("code", code).formParam("type", "pin").post("/ui/rules").then().statusCode(400);
        Api.asViewer().get("/api/v1/rules/" + code).then().statusCode(404);
    }

    private static String pinned() {
        String code = unique("pin");
        Api.asEditor().body(Map.of("code", code, "placement", "home", "action",
                        Map.of("type", "pin", "products", List.of(product()), "position", 2)))
                .post("/api/v1/rules").then().statusCode(201);
        return code;
    }

    private static RequestSpecification form(UiSession session, String page) {
        String token = session.csrfToken(page);
        return session.request().contentType(FORM).formParam("csrf-token", token);
    }
}
