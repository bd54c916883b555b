package io.pimento.web;

import io.pimento.security.Role;
import io.pimento.security.TestUsers;
import io.pimento.security.session.UiSessions;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

/**
 * A UI session lives on the server: what ends it (logout, a password change, disabling the user)
 * ends every copy of its cookies at their next request, not at the cookie's idle timeout.
 */
@QuarkusTest
class UiSessionRevocationTest {

    private static final String CREDENTIAL = "quarkus-credential";
    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void shouldShutACopiedSessionOutWhenItsOwnerLogsOut() {
        String username = TestUsers.create(Role.EDITOR);
        UiSession owner = UiSession.login(username, TestUsers.PASSWORD);
        RequestSpecification thief = copyOf(owner);
        copyOf(owner).get("/ui").then().statusCode(200);

        owner.keep(owner.request().contentType(FORM).formParam("csrf-token", owner.csrfToken("/ui")).post("/ui/logout"))
                .then().statusCode(303);

        thief.get("/ui").then().statusCode(302).header("Location", endsWith("/ui/login"));
    }

    @Test
    void shouldShutEverySessionOutWhenAnAdminResetsThePassword() {
        String username = TestUsers.create(Role.EDITOR);
        UiSession laptop = UiSession.login(username, TestUsers.PASSWORD);
        UiSession phone = UiSession.login(username, TestUsers.PASSWORD);
        laptop.page("/ui");
        phone.page("/ui");

        Api.asAdmin().body(Map.of("password", "another-long-passphrase")).patch("/api/v1/users/" + username)
                .then().statusCode(200);

        laptop.get("/ui").then().statusCode(302).header("Location", endsWith("/ui/login"));
        phone.get("/ui").then().statusCode(302).header("Location", endsWith("/ui/login"));
        UiSession.login(username, "another-long-passphrase").page("/ui");
    }

    @Test
    void shouldNotBringOldSessionsBackWhenADisabledUserIsEnabledAgain() {
        String username = TestUsers.create(Role.VIEWER);
        UiSession stolen = UiSession.login(username, TestUsers.PASSWORD);
        stolen.page("/ui");

        TestUsers.disable(username);
        Api.asAdmin().body(Map.of("enabled", true)).patch("/api/v1/users/" + username).then().statusCode(200);

        stolen.get("/ui").then().statusCode(302).header("Location", endsWith("/ui/login"));
        UiSession.login(username, TestUsers.PASSWORD).page("/ui");
    }

    @Test
    void shouldRefuseTheLoginCookieWithoutItsSession() {
        UiSession session = UiSession.login("viewer");
        session.page("/ui");

        given().redirects().follow(false).cookie(CREDENTIAL, session.cookie(CREDENTIAL)).get("/ui")
                .then().statusCode(302).header("Location", endsWith("/ui/login"));
        // nor with another user's session: the two must belong together
        UiSession other = UiSession.login("editor");
        given().redirects().follow(false).cookie(CREDENTIAL, session.cookie(CREDENTIAL))
                .cookie(UiSessions.COOKIE, other.cookie(UiSessions.COOKIE)).get("/ui")
                .then().statusCode(302);
    }

    @Test
    void shouldTieTheCsrfTokenToTheSession() {
        UiSession session = UiSession.login("viewer");
        String first = session.csrfToken("/ui");
        // the same session keeps its token from page to page
        assertThat(session.csrfToken("/ui/products")).isEqualTo(first);
        // a planted cookie with a value of the attacker's choosing, repeated in the form, does not pass
        session.request().cookie("pimento-csrf", "A".repeat(43)).contentType(FORM).formParam("csrf-token", "A".repeat(43))
                .post("/ui/logout").then().statusCode(400);
        // a new login of the same user gets another token; the old one is refused there
        UiSession again = UiSession.login("viewer");
        again.request().contentType(FORM).formParam("csrf-token", first).post("/ui/logout").then().statusCode(400);
    }

    private static RequestSpecification copyOf(UiSession session) {
        return given().redirects().follow(false)
                .cookie(CREDENTIAL, session.cookie(CREDENTIAL))
                .cookie(UiSessions.COOKIE, session.cookie(UiSessions.COOKIE));
    }
}
