package io.pimento.web;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ChannelTokenPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern SECRET = Pattern.compile("value=\"(pch_[^\"]+)\"");

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;

    @BeforeEach
    void catalog() {
        c = fixtures.standardCatalog();
    }

    @Test
    void shouldListAChannelsTokensWithoutTheirSecret() {
        String prefix = Api.asAdmin().body(Map.of("name", "listed shop")).post("/api/v1/channels/" + c.ecommerce() + "/tokens")
                .then().statusCode(201).extract().path("prefix");

        String page = UiSession.login("admin").page("/ui/tokens?channel=" + c.ecommerce());

        assertThat(page).contains("listed shop", prefix + "…", "never").doesNotContain("value=\"pch_");
    }

    @Test
    void shouldShowTheSecretOnceWhenATokenIsCreated() {
        UiSession session = UiSession.login("admin");
        String token = session.csrfToken("/ui/tokens?channel=" + c.ecommerce());

        Response created = session.request().contentType(FORM).formParam("csrf-token", token).formParam("name", "app feed")
                .post("/ui/tokens/" + c.ecommerce());

        created.then().statusCode(200).body(containsString("Token \"app feed\" created"))
                .body(containsString("only time it is shown"));
        Matcher secret = SECRET.matcher(created.asString());
        assertThat(secret.find()).isTrue();
        assertThat(session.page("/ui/tokens?channel=" + c.ecommerce())).contains("app feed").doesNotContain(secret.group(1));
    }

    @Test
    void shouldShowATooLongNameNextToTheNameField() {
        UiSession session = UiSession.login("admin");
        String token = session.csrfToken("/ui/tokens?channel=" + c.ecommerce());

        session.request().contentType(FORM).formParam("csrf-token", token).formParam("name", "x".repeat(101))
                .post("/ui/tokens/" + c.ecommerce()).then()
                .statusCode(422)
                .body(containsString("id=\"name-error\">at most 100 characters"))
                .body(containsString("aria-invalid=\"true\""));
    }

    @Test
    void shouldRevokeATokenAfterConfirmation() {
        long id = Api.asAdmin().body(Map.of("name", "to revoke")).post("/api/v1/channels/" + c.ecommerce() + "/tokens")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        UiSession session = UiSession.login("admin");
        String confirm = "/ui/tokens/" + c.ecommerce() + "/" + id + "/revoke";
        String token = session.csrfToken(confirm);
        assertThat(session.page(confirm)).contains("Revoke the token &quot;to revoke&quot;", "action=\"" + confirm + "\"");

        session.keep(session.request().contentType(FORM).formParam("csrf-token", token).post(confirm))
                .then().statusCode(303).header("Location", endsWith("/ui/tokens?channel=" + c.ecommerce()));

        assertThat(session.page("/ui/tokens?channel=" + c.ecommerce())).contains("Token revoked.").doesNotContain("to revoke");
    }

    @Test
    void shouldShowEditorsAForbiddenPage() {
        UiSession.login("editor").get("/ui/tokens?channel=" + c.ecommerce()).then()
                .statusCode(403).contentType(containsString("text/html"))
                .body(not(containsString("New token")));
    }

    @Test
    void shouldRefuseACreationWithoutTheCsrfToken() {
        UiSession session = UiSession.login("admin");
        session.csrfToken("/ui/tokens?channel=" + c.ecommerce());

        session.request().contentType(FORM).formParam("name", "forged").post("/ui/tokens/" + c.ecommerce()).then()
                .statusCode(400);
        assertThat(session.page("/ui/tokens?channel=" + c.ecommerce())).doesNotContain("forged");
    }

    @Test
    void shouldShowAnUnknownChannelAsNotFound() {
        UiSession.login("admin").get("/ui/tokens?channel=no_such_channel_x").then()
                .statusCode(404).contentType(containsString("text/html"));
    }
}
