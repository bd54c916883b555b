package io.pimento.web;

import io.pimento.security.Role;
import io.pimento.security.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class UiLoginTest {

    @Test
    void shouldSendAnonymousUiRequestsToTheLoginPage() {
        UiSession.anonymous().get("/ui/imports").then()
                .statusCode(302)
                .header("Location", endsWith("/ui/login"));
    }

    @Test
    void shouldShowTheLoginForm() {
        UiSession.anonymous().get("/ui/login").then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("action=\"/ui/j_security_check\""))
                .body(containsString("<label for=\"password\">Password</label>"));
    }

    @Test
    void shouldLandOnTheDashboardAfterLoggingIn() {
        UiSession session = UiSession.login("editor");

        String page = session.page("/ui");

        assertThat(page).contains("Dashboard").contains("editor <span class=\"role\">editor</span>");
    }

    @Test
    void shouldComeBackToTheRequestedPageAfterLoggingIn() {
        UiSession session = UiSession.anonymous();
        session.get("/ui/exports");

        Response login = session.keep(session.request().contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "viewer").formParam("j_password", "viewer")
                .post("/ui/j_security_check"));

        assertThat(login.header("Location")).endsWith("/ui/exports");
    }

    @Test
    void shouldRefuseAWrongPassword() {
        UiSession.anonymous().request().contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "editor").formParam("j_password", "wrong")
                .post("/ui/j_security_check").then()
                .statusCode(302)
                .header("Location", endsWith("/ui/login?error=true"));
    }

    @Test
    void shouldSayWhyTheLoginFailed() {
        UiSession.anonymous().get("/ui/login?error=true").then()
                .statusCode(200)
                .body(containsString("Wrong username or password"));
    }

    @Test
    void shouldRefuseTheLoginOfADisabledUser() {
        String username = TestUsers.create(Role.EDITOR);
        TestUsers.disable(username);

        UiSession.anonymous().request().contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", TestUsers.PASSWORD)
                .post("/ui/j_security_check").then()
                .statusCode(302)
                .header("Location", endsWith("/ui/login?error=true"));
    }

    @Test
    void shouldEndTheSessionOfAUserDisabledAfterLoggingIn() {
        String username = TestUsers.create(Role.EDITOR);
        UiSession session = UiSession.login(username, TestUsers.PASSWORD);
        session.page("/ui");

        TestUsers.disable(username);

        session.get("/ui").then().statusCode(302).header("Location", endsWith("/ui/login"));
    }

    @Test
    void shouldLogOut() {
        UiSession session = UiSession.login("viewer");
        String token = session.csrfToken("/ui");

        session.keep(session.request().contentType("application/x-www-form-urlencoded")
                        .formParam("csrf-token", token).post("/ui/logout"))
                .then().statusCode(303).header("Location", endsWith("/ui/login?logged-out=true"));

        assertThat(session.hasCookie("quarkus-credential")).isFalse();
        session.get("/ui").then().statusCode(302).header("Location", endsWith("/ui/login"));
    }

    @Test
    void shouldKeepTheApiOnBasicAndTokensWithAProblemFor401() {
        Response response = given().redirects().follow(false).get("/api/v1/me");

        response.then().statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
        assertThat(response.headers().getValues("WWW-Authenticate")).contains("Basic realm=\"Pimento\"", "Bearer realm=\"Pimento\"");
    }

    @Test
    void shouldNotOpenTheApiWithACopiedUiSessionCookie() {
        Response login = UiSession.anonymous().request().contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "admin").formParam("j_password", "admin")
                .post("/ui/j_security_check");
        String cookie = login.getCookie("quarkus-credential");
        assertThat(cookie).isNotBlank();

        given().redirects().follow(false).cookie("quarkus-credential", cookie).get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
        given().redirects().follow(false).cookie("quarkus-credential", cookie).get("/api/v1/users")
                .then().statusCode(401).contentType("application/problem+json");
        // the same cookies still open the UI
        given().redirects().follow(false).cookie("quarkus-credential", cookie)
                .cookie("pimento-session", login.getCookie("pimento-session")).get("/ui").then().statusCode(200);
    }

    @Test
    void shouldScopeTheSessionCookieToTheUi() {
        Response login = UiSession.anonymous().request().contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "viewer").formParam("j_password", "viewer")
                .post("/ui/j_security_check");

        assertThat(login.getDetailedCookie("quarkus-credential").getPath()).isEqualTo("/ui");
        assertThat(login.getDetailedCookie("quarkus-credential").isHttpOnly()).isTrue();
        assertThat(login.getDetailedCookie("pimento-session").getPath()).isEqualTo("/ui");
        assertThat(login.getDetailedCookie("pimento-session").isHttpOnly()).isTrue();
    }

    @Test
    void shouldOpenTheUiFromTheSiteRoot() {
        UiSession.anonymous().get("/").then().statusCode(303).header("Location", endsWith("/ui"));
    }
}
