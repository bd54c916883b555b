package io.pimento.feeds.access;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.pimento.feeds.FeedCatalog.feed;
import static io.pimento.feeds.FeedCatalog.token;
import static io.pimento.feeds.FeedCatalog.withToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ChannelTokenTest {

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
    }

    @Test
    void shouldShowANewTokenOnlyOnce() {
        JsonPath created = Api.asAdmin().body(Map.of("name", "web shop"))
                .post("/api/v1/channels/" + c.ecommerce() + "/tokens")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/channels/" + c.ecommerce() + "/tokens/"))
                .body("token", startsWith("pch_"))
                .body("name", equalTo("web shop"))
                .body("channel", equalTo(c.ecommerce()))
                .extract().jsonPath();
        assertThat(created.getString("token")).startsWith(created.getString("prefix"));

        Api.asAdmin().get("/api/v1/channels/" + c.ecommerce() + "/tokens")
                .then().statusCode(200)
                .body("items.id", hasItem(created.getInt("id")))
                .body("items[0]", not(hasKey("token")))
                .body("items[0].prefix", equalTo(created.getString("prefix")));
    }

    @Test
    void shouldNameATokenCreatedWithoutBody() {
        Api.asAdmin().post("/api/v1/channels/" + c.ecommerce() + "/tokens")
                .then().statusCode(201).body("name", equalTo("feed"));
    }

    @Test
    void shouldReadItsOwnChannelsFeed() {
        withToken(token(c.ecommerce())).get(feed(c.ecommerce())).then().statusCode(200);
    }

    @Test
    void shouldRefuseAnotherChannelsFeed() {
        withToken(token(c.ecommerce())).get(feed(c.mobile()))
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString(c.ecommerce()));
    }

    @Test
    void shouldRefuseTheCatalogApi() {
        String token = token(c.ecommerce());

        withToken(token).get("/api/v1/products").then().statusCode(403).contentType("application/problem+json");
        withToken(token).get("/api/v1/channels/" + c.ecommerce()).then().statusCode(403);
    }

    @Test
    void shouldRefuseEndpointsOpenToAnyUser() {
        String token = token(c.ecommerce());

        withToken(token).get("/api/v1/me").then().statusCode(403);
        withToken(token).get("/api/v1/me/tokens").then().statusCode(403);
    }

    @Test
    void shouldRefuseARevokedToken() {
        JsonPath created = Api.asAdmin().post("/api/v1/channels/" + c.ecommerce() + "/tokens")
                .then().statusCode(201).extract().jsonPath();

        Api.asAdmin().delete("/api/v1/channels/" + c.ecommerce() + "/tokens/" + created.getLong("id"))
                .then().statusCode(204);

        withToken(created.getString("token")).get(feed(c.ecommerce()))
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseAnUnknownToken() {
        withToken("pch_not-a-real-token").get(feed(c.ecommerce())).then().statusCode(401);
    }

    @Test
    void shouldAnswer404ForTheTokensOfAnUnknownChannel() {
        Api.asAdmin().post("/api/v1/channels/nowhere_" + c.suffix() + "/tokens")
                .then().statusCode(404).contentType("application/problem+json");
        Api.asAdmin().get("/api/v1/channels/nowhere_" + c.suffix() + "/tokens").then().statusCode(404);
    }

    @Test
    void shouldAnswer404WhenRevokingAnotherChannelsToken() {
        long id = Api.asAdmin().post("/api/v1/channels/" + c.ecommerce() + "/tokens")
                .then().statusCode(201).extract().jsonPath().getLong("id");

        Api.asAdmin().delete("/api/v1/channels/" + c.mobile() + "/tokens/" + id).then().statusCode(404);
    }

    @Test
    void shouldLetOnlyAdminsHandOutTokens() {
        Api.asEditor().post("/api/v1/channels/" + c.ecommerce() + "/tokens").then().statusCode(403);
        Api.asViewer().get("/api/v1/channels/" + c.ecommerce() + "/tokens").then().statusCode(403);
    }
}
