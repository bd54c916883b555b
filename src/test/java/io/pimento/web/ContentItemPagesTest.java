package io.pimento.web;

import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.pimento.catalog.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ContentItemPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void shouldListContentItemsWithTheirTitle() {
        String code = created("Winter sale");

        assertThat(UiSession.login("viewer").page("/ui/content")).contains("<code>" + code + "</code>", "Winter sale");
    }

    @Test
    void shouldCreateAContentItemWithItsDates() {
        UiSession session = UiSession.login("editor");
        String code = unique("banner").toLowerCase();

        form(session, "/ui/content/new").formParam("code", code).formParam("type", "offer")
                .formParam("locale", "en_US").formParam("title", "Free shipping").formParam("text", "This week only")
                .formParam("image", "https://cdn.example.com/ship.png").formParam("link", "/shipping")
                .formParam("validFrom", "2026-12-01T08:30").formParam("validTo", "")
                .post("/ui/content").then().statusCode(303).header("Location", endsWith("/ui/content/" + code));

        Api.asViewer().get("/api/v1/content-items/" + code).then().statusCode(200)
                .body("type", equalTo("offer")).body("title.en_US", equalTo("Free shipping"))
                .body("valid_from", equalTo("2026-12-01T08:30:00Z"));
        assertThat(session.page("/ui/content/" + code)).contains("value=\"2026-12-01T08:30\"", "src=\"https://cdn.example.com/ship.png\"");
    }

    @Test
    void shouldShowABadImageUrlNextToTheImageField() {
        UiSession session = UiSession.login("editor");

        form(session, "/ui/content/new").formParam("code", unique("bad")).formParam("type", "banner")
                .formParam("locale", "en_US").formParam("title", "Bad image").formParam("text", "")
                .formParam("image", "ftp://nowhere/x.png")
                .post("/ui/content").then().statusCode(422)
                .body(containsString("id=\"image-error\">&#39;ftp://nowhere/x.png&#39; is not an http(s) URL"));
    }

    @Test
    void shouldSaveAnEditedContentItem() {
        String code = created("Before");
        UiSession session = UiSession.login("editor");

        form(session, "/ui/content/" + code).formParam("type", "message").formParam("version", "0")
                .formParam("locale", "en_US").formParam("title", "After").formParam("text", "")
                .post("/ui/content/" + code).then().statusCode(303);

        Api.asViewer().get("/api/v1/content-items/" + code).then().body("title.en_US", equalTo("After")).body("type", equalTo("message"));
    }

    @Test
    void shouldDeleteAContentItemAfterConfirmation() {
        String code = created("Doomed");
        UiSession session = UiSession.login("editor");
        assertThat(session.page("/ui/content/" + code + "/delete")).contains("Delete the content item");

        form(session, "/ui/content/" + code + "/delete").post("/ui/content/" + code + "/delete").then().statusCode(303);

        Api.asViewer().get("/api/v1/content-items/" + code).then().statusCode(404);
    }

    @Test
    void shouldShowViewersAForbiddenPageWhenTheySave() {
        String code = created("Kept");
        UiSession session = UiSession.login("viewer");

        form(session, "/ui/content").formParam("type", "banner").formParam("locale", "en_US").formParam("title", "Changed")
                .post("/ui/content/" + code).then().statusCode(403).contentType(containsString("text/html"));
    }

    @Test
    void shouldRefuseASaveWithoutTheCsrfToken() {
        UiSession session = UiSession.login("editor");
        session.csrfToken("/ui/content/new");

        session.request().contentType(FORM).formParam("code", unique("forged")).formParam("type", "banner")
                .post("/ui/content").then().statusCode(400);
    }

    private static String created(String title) {
        String code = unique("item").toLowerCase();
        Api.asEditor().contentType("application/json").body(Map.of("code", code, "type", "banner", "title", Map.of("en_US", title)))
                .post("/api/v1/content-items").then().statusCode(201);
        return code;
    }

    private static RequestSpecification form(UiSession session, String page) {
        String token = session.csrfToken(page);
        return session.request().contentType(FORM).formParam("csrf-token", token);
    }
}
