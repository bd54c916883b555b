package io.pimento.media;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.feeds.FeedCatalog;
import io.pimento.testing.Api;
import io.pimento.web.UiSession;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** Media files through Pimento's API: upload, serve, thumbnails, and the refusals around them. */
@QuarkusTest
class MediaApiTest {

    private static final String KEY = "[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{40}_.+";

    @Inject
    CatalogFixtures fixtures;

    @BeforeEach
    void logging() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A PNG unique to the caller (its colour is random), so every test stores a new file. */
    static byte[] png(int width, int height) {
        return image(width, height, "png");
    }

    static byte[] image(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color((int) (Math.random() * 0xFFFFFF)));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(new Color((int) (Math.random() * 0xFFFFFF)));
        graphics.drawString(UUID.randomUUID().toString(), 2, height / 2);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Response upload(io.restassured.specification.RequestSpecification as, String name, byte[] content) {
        return as.contentType("multipart/form-data").multiPart("file", name, content).post("/api/v1/media");
    }

    /** Uploads as an editor; returns the key. */
    static String uploaded(String name, byte[] content) {
        return upload(Api.asEditor(), name, content).then().statusCode(201).extract().path("key");
    }

    @Test
    void shouldServeTheBytesOfAnUploadedFile() {
        byte[] content = png(40, 30);
        String url = upload(Api.asEditor(), "big boot.png", content).then().statusCode(201)
                .header("Location", containsString("/api/v1/media/"))
                .body("key", matchesPattern(KEY))
                .body("key", endsWith("_big_boot.png"))
                .body("mimeType", equalTo("image/png"))
                .body("size", equalTo(content.length))
                .extract().path("url");

        Response served = Api.asViewer().get(url);
        served.then().statusCode(200)
                .contentType("image/png")
                .header("Cache-Control", containsString("immutable"));
        assertThat(served.asByteArray()).isEqualTo(content);

        String etag = served.header("ETag");
        Api.asViewer().header("If-None-Match", etag).get(url).then().statusCode(304);
    }

    @Test
    void shouldKeepOneKeyForTheSameContent() {
        byte[] content = png(10, 10);
        assertThat(uploaded("a.png", content)).isEqualTo(uploaded("a.png", content));
    }

    @Test
    void shouldTellTheTypeFromTheContentNotTheName() {
        String key = uploaded("photo", image(20, 20, "jpg"));
        assertThat(key).endsWith("_photo.jpg");
        Api.asViewer().get("/api/v1/media/" + key).then().statusCode(200).contentType("image/jpeg");
    }

    @Test
    void shouldRefuseAPngThatIsReallyText() {
        upload(Api.asEditor(), "boot.png", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"))
                .body("detail", containsString("PNG, JPEG, GIF, WEBP, PDF"));
    }

    @Test
    void shouldRefuseANameClaimingAnotherKind() {
        upload(Api.asEditor(), "sheet.pdf", png(5, 5)).then().statusCode(415)
                .body("detail", containsString("holds PNG content"));
    }

    @Test
    void shouldRefuseAFileOverTheSizeLimit() {
        byte[] content = Arrays.copyOf(png(5, 5), 1024 * 1024 + 1);
        upload(Api.asEditor(), "huge.png", content).then().statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("at most 1048576"));
    }

    @Test
    void shouldRefuseAnUploadWithoutAFile() {
        Api.asEditor().contentType("multipart/form-data").multiPart("other", "x").post("/api/v1/media")
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
    }

    @Test
    void shouldNotLetAViewerUpload() {
        upload(Api.asViewer(), "boot.png", png(5, 5)).then().statusCode(403);
    }

    @Test
    void shouldNotServeAnonymousCallers() {
        String key = uploaded("boot.png", png(5, 5));
        given().get("/api/v1/media/" + key).then().statusCode(401);
    }

    @Test
    void shouldAnswerAnUnknownKeyWithAProblem() {
        Api.asViewer().get("/api/v1/media/ab/cd/abcd" + "0".repeat(36) + "_nothing.png")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("does not exist"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "../../../../etc/passwd",
            "%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "..%2F..%2F..%2Fetc%2Fpasswd",
            "ab/cd/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
            "%2Fetc%2Fpasswd",
            "/etc/passwd",
            "thumbnails/small/x.png",
            "partial/x.part",
            "ab/cd/%00",
    })
    void shouldNeverServeAFileOutsideTheMediaFolder(String path) {
        int status = Api.asViewer().urlEncodingEnabled(false).get("/api/v1/media/" + path).statusCode();
        assertThat(status).isIn(400, 404);
    }

    @Test
    void shouldServeASmallerThumbnail() throws IOException {
        String key = uploaded("wide.png", png(600, 300));
        Response thumbnail = Api.asViewer().queryParam("thumbnail", "small").get("/api/v1/media/" + key);
        thumbnail.then().statusCode(200).contentType("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(thumbnail.asByteArray()));
        assertThat(image.getWidth()).isEqualTo(128);
        assertThat(image.getHeight()).isEqualTo(64);
        // the second one comes from the disk cache, same bytes
        assertThat(Api.asViewer().queryParam("thumbnail", "small").get("/api/v1/media/" + key).asByteArray())
                .isEqualTo(thumbnail.asByteArray());
    }

    @Test
    void shouldHaveNoThumbnailOfAPdf() {
        String key = uploaded("sheet.pdf", ("%PDF-1.4\n% " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        Api.asViewer().get("/api/v1/media/" + key).then().statusCode(200).contentType("application/pdf");
        Api.asViewer().queryParam("thumbnail", "small").get("/api/v1/media/" + key)
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("PDF"));
    }

    @Test
    void shouldRefuseAnUnknownThumbnailSize() {
        String key = uploaded("boot.png", png(5, 5));
        Api.asViewer().queryParam("thumbnail", "huge").get("/api/v1/media/" + key)
                .then().statusCode(400).body("errors[0].field", equalTo("thumbnail"));
    }

    @Test
    void shouldServeTheFileToTheWebUi() {
        byte[] content = png(8, 8);
        String key = uploaded("boot.png", content);
        Response served = UiSession.login("viewer").get("/ui/media/" + key);
        served.then().statusCode(200).contentType("image/png");
        assertThat(served.asByteArray()).isEqualTo(content);
        assertThat(served.headers().getValues("Cache-Control")).containsExactly("private, max-age=31536000, immutable");
        UiSession.anonymous().request().redirects().follow(false).get("/ui/media/" + key)
                .then().statusCode(302);
    }

    @Test
    void shouldShowAnImageValueAsAThumbnailOnTheProductPage() {
        TestCatalog c = fixtures.standardCatalog();
        String key = uploaded("boot.png", png(300, 200));
        FeedCatalog.product(c, "shown", c.bootsCategory()).value(c.image(), key).create();

        UiSession viewer = UiSession.login("viewer");
        String page = viewer.page("/ui/products/" + c.sku("shown"));
        assertThat(page).contains("<img class=\"thumbnail\" src=\"/ui/media/" + key + "?thumbnail=small\"");
        viewer.get("/ui/media/" + key + "?thumbnail=small").then().statusCode(200).contentType("image/png");
    }

    @Test
    void shouldAcceptAProductValueNamingAnUploadAndLinkItInFeeds() {
        TestCatalog c = fixtures.standardCatalog();
        byte[] content = png(30, 20);
        String key = uploaded("boot.png", content);
        FeedCatalog.product(c, "pictured", c.bootsCategory()).value(c.image(), key).create();
        String token = FeedCatalog.token(c.ecommerce());

        String link = FeedCatalog.withToken(token).get(FeedCatalog.feed(c.ecommerce()))
                .then().statusCode(200).extract().path("items[0].values." + c.image());
        assertThat(link).endsWith("/api/v1/media/" + key);
        Response served = FeedCatalog.withToken(token).accept("*/*").get(link);
        served.then().statusCode(200).contentType("image/png");
        assertThat(served.asByteArray()).isEqualTo(content);
    }
}
