package io.pimento.web;

import io.restassured.RestAssured;
import io.restassured.config.RedirectConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's view of the web UI for REST Assured tests: it logs in through the login form, keeps
 * the cookies it is given (session, CSRF token, flash) and never follows redirects by itself, so
 * tests see each 302/303.
 */
public final class UiSession {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies = new HashMap<>();

    private UiSession() {
    }

    public static UiSession anonymous() {
        return new UiSession();
    }

    /** Logs in through the form (as a demo user whose password is their name, unless given). */
    public static UiSession login(String username) {
        return login(username, username);
    }

    public static UiSession login(String username, String password) {
        UiSession session = new UiSession();
        Response response = session.request()
                .contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username)
                .formParam("j_password", password)
                .post("/ui/j_security_check");
        assertThat(response.statusCode()).as("login answer").isEqualTo(302);
        assertThat(response.header("Location")).as("login redirect").doesNotContain("error");
        session.keep(response);
        return session;
    }

    /** A request that carries this session's cookies and does not follow redirects. */
    public RequestSpecification request() {
        return given().config(RestAssuredConfig.config().redirect(RedirectConfig.redirectConfig().followRedirects(false)))
                .cookies(cookies);
    }

    public Response get(String path) {
        return keep(request().get(path));
    }

    /** The page's HTML after checking its status. */
    public String page(String path) {
        Response response = get(path);
        assertThat(response.statusCode()).as("GET " + path + "\n" + response.asString()).isEqualTo(200);
        return response.asString();
    }

    /** The CSRF token a form of the page carries (loading the page also sets its cookie). */
    public String csrfToken(String pagePath) {
        Matcher matcher = CSRF_FIELD.matcher(page(pagePath));
        assertThat(matcher.find()).as("a CSRF field on " + pagePath).isTrue();
        return matcher.group(1);
    }

    public Response keep(Response response) {
        response.getDetailedCookies().forEach(cookie -> {
            if (cookie.getMaxAge() == 0 || cookie.getValue().isEmpty()) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie.getValue());
            }
        });
        return response;
    }

    public boolean hasCookie(String name) {
        return cookies.containsKey(name);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
