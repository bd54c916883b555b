package io.pimento.feeds.access;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.pimento.feeds.FeedCatalog.feed;
import static io.pimento.feeds.FeedCatalog.token;
import static io.pimento.feeds.FeedCatalog.withToken;
import static org.hamcrest.Matchers.equalTo;

/** A tiny limit (a burst of 2, then one request an hour), so the third request of a token is refused. */
@QuarkusTest
@TestProfile(ChannelTokenRateLimitTest.TinyLimit.class)
class ChannelTokenRateLimitTest {

    public static class TinyLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pimento.feeds.rate-limit.requests", "1",
                    "pimento.feeds.rate-limit.period", "1h",
                    "pimento.feeds.rate-limit.burst", "2");
        }
    }

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceATokenSpentItsBurst() {
        String token = token(c.ecommerce());
        withToken(token).get(feed(c.ecommerce())).then().statusCode(200);
        withToken(token).get(feed(c.ecommerce())).then().statusCode(200);

        withToken(token).get(feed(c.ecommerce()))
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("3600"))
                .body("title", equalTo("Too Many Requests"));
    }

    @Test
    void shouldCountMediaReadsLikeFeedReads() {
        byte[] png = (new String(new byte[]{(byte) 0x89}, java.nio.charset.StandardCharsets.ISO_8859_1) + "PNG\r\n\u001a\n"
                + java.util.UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        String key = Api.asEditor().contentType("multipart/form-data").multiPart("file", "boot.png", png)
                .post("/api/v1/media").then().statusCode(201).extract().path("key");
        String token = token(c.ecommerce());
        withToken(token).get(feed(c.ecommerce())).then().statusCode(200);
        withToken(token).accept("*/*").get("/api/v1/media/" + key).then().statusCode(200);

        withToken(token).accept("*/*").get("/api/v1/media/" + key).then().statusCode(429);
    }

    @Test
    void shouldCountEachTokenOnItsOwn() {
        String spent = token(c.ecommerce());
        for (int i = 0; i < 3; i++) {
            withToken(spent).get(feed(c.ecommerce()));
        }

        withToken(token(c.ecommerce())).get(feed(c.ecommerce())).then().statusCode(200);
    }

    @Test
    void shouldNotLimitUsersPreviewingAFeed() {
        for (int i = 0; i < 3; i++) {
            Api.asViewer().get(feed(c.ecommerce())).then().statusCode(200);
        }
    }
}
