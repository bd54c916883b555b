package io.pimento.akeneo;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.TestCatalog.EN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Akeneo's media-files endpoints: an upload sets the product's value, and the file downloads again. */
@QuarkusTest
class AkeneoMediaFileTest {

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;
    String editor;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
        if (editor == null) {
            editor = AkeneoClient.connection().accessToken("editor");
        }
    }

    private RequestSpecification akeneo() {
        return AkeneoClient.bearer(editor).contentType("multipart/form-data");
    }

    private String product(String base) {
        String identifier = c.sku(base);
        Api.asEditor().body(Map.of("identifier", identifier, "family", c.family(),
                        "values", Map.of(c.name(), List.of(Map.of("locale", EN, "data", "Boot")))))
                .post("/api/v1/products").then().statusCode(201);
        return identifier;
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(16, 9, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, new Color((int) (Math.random() * 0xFFFFFF)).getRGB());
        image.setRGB(5, 6, (int) System.nanoTime());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static String keyOf(byte[] content, String name) throws NoSuchAlgorithmException {
        String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        return sha1.substring(0, 2) + "/" + sha1.substring(2, 4) + "/" + sha1 + "_" + name;
    }

    private String productPart(String identifier, String attribute) {
        return "{\"identifier\":\"%s\",\"attribute\":\"%s\",\"scope\":null,\"locale\":null}".formatted(identifier, attribute);
    }

    @Test
    void shouldSetTheProductValueAndDownloadTheBytes() throws Exception {
        String identifier = product("pictured");
        byte[] content = image("png");
        String key = keyOf(content, "boot.png");

        akeneo().multiPart("product", productPart(identifier, c.image()))
                .multiPart("file", "boot.png", content)
                .post("/api/rest/v1/media-files")
                .then().statusCode(201)
                .header("Location", endsWith("/api/rest/v1/media-files/" + key))
                .body(emptyString());

        String href = AkeneoClient.bearer(editor).get("/api/rest/v1/products/" + identifier).then().statusCode(200)
                .body("values." + c.image() + "[0].data", equalTo(key))
                .body("values." + c.name() + "[0].data", equalTo("Boot"))
                .body("values." + c.name() + "[0]._links", org.hamcrest.Matchers.nullValue())
                .extract().path("values." + c.image() + "[0]._links.download.href");
        assertThat(href).startsWith("http://").endsWith("/api/rest/v1/media-files/" + key + "/download");

        Response download = AkeneoClient.bearer(editor).get(href);
        download.then().statusCode(200).contentType("image/png");
        assertThat(download.asByteArray()).isEqualTo(content);
    }

    @Test
    void shouldSetAProductModelValue() throws Exception {
        String code = "model_" + c.suffix();
        Api.asEditor().body(Map.of("code", code, "family_variant", c.familyByColorAndSize()))
                .post("/api/v1/product-models").then().statusCode(201);
        byte[] content = ("%PDF-1.4\n% " + code + System.nanoTime() + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String key = keyOf(content, "sheet.pdf");

        akeneo().multiPart("product_model", "{\"code\":\"%s\",\"attribute\":\"%s\",\"scope\":null,\"locale\":null}"
                        .formatted(code, c.manual()))
                .multiPart("file", "sheet.pdf", content)
                .post("/api/rest/v1/media-files")
                .then().statusCode(201).header("Location", endsWith("/api/rest/v1/media-files/" + key));

        String href = AkeneoClient.bearer(editor).get("/api/rest/v1/product-models/" + code).then().statusCode(200)
                .body("values." + c.manual() + "[0].data", equalTo(key))
                .extract().path("values." + c.manual() + "[0]._links.download.href");
        Response download = AkeneoClient.bearer(editor).get(href);
        download.then().statusCode(200).contentType("application/pdf");
        assertThat(download.asByteArray()).isEqualTo(content);
    }

    @Test
    void shouldDescribeAMediaFile() throws Exception {
        String identifier = product("described");
        byte[] content = image("jpg");
        String key = keyOf(content, "photo.jpg");
        akeneo().multiPart("product", productPart(identifier, c.image()))
                .multiPart("file", "photo.jpg", content)
                .post("/api/rest/v1/media-files").then().statusCode(201);

        AkeneoClient.bearer(editor).get("/api/rest/v1/media-files/" + key).then().statusCode(200)
                .body("code", equalTo(key))
                .body("original_filename", equalTo("photo.jpg"))
                .body("mime_type", equalTo("image/jpeg"))
                .body("size", equalTo(content.length))
                .body("extension", equalTo("jpg"))
                .body("_links.download.href", endsWith("/api/rest/v1/media-files/" + key + "/download"));

        // listed in key order: the page after the key's own folder and hash starts with it
        AkeneoClient.bearer(editor).queryParam("pagination_type", "search_after")
                .queryParam("search_after", key.substring(0, 46)).queryParam("limit", 1)
                .get("/api/rest/v1/media-files").then().statusCode(200)
                .body("_embedded.items[0].code", equalTo(key))
                .body("_embedded.items[0]._links.self.href", endsWith("/api/rest/v1/media-files/" + key))
                .body("_links.first.href", containsString("pagination_type=search_after"));
        // a second page exists whatever else the folder holds (this class may run first in a fresh clone)
        for (int i = 0; i < 2; i++) {
            Api.asEditor().contentType("multipart/form-data").multiPart("file", "more-" + i + ".jpg", image("jpg"))
                    .post("/api/v1/media").then().statusCode(201);
        }
        AkeneoClient.bearer(editor).queryParam("limit", 2).queryParam("with_count", true)
                .get("/api/rest/v1/media-files").then().statusCode(200)
                .body("current_page", equalTo(1))
                .body("_embedded.items.size()", equalTo(2))
                .body("_links.next.href", containsString("page=2"));
    }

    @Test
    void shouldRefuseAValueTheAttributeDoesNotAllowAndKeepNoFile() throws Exception {
        String identifier = product("gif");
        byte[] content = image("gif");
        akeneo().multiPart("product", productPart(identifier, c.image()))
                .multiPart("file", "boot.gif", content)
                .post("/api/rest/v1/media-files")
                .then().statusCode(422)
                .body("code", equalTo(422))
                .body("errors[0].property", equalTo("values"))
                .body("errors[0].attribute", equalTo(c.image()))
                .body("errors[0].message", containsString("allowed extensions"));
        AkeneoClient.bearer(editor).get("/api/rest/v1/media-files/" + keyOf(content, "boot.gif")).then().statusCode(404)
                .body("code", equalTo(404));
    }

    @Test
    void shouldRefuseAnUploadForAProductThatDoesNotExist() throws Exception {
        akeneo().multiPart("product", productPart(c.sku("missing"), c.image()))
                .multiPart("file", "boot.png", image("png"))
                .post("/api/rest/v1/media-files")
                .then().statusCode(422).body("message", startsWith("Product \""));
        akeneo().multiPart("file", "boot.png", image("png"))
                .post("/api/rest/v1/media-files")
                .then().statusCode(422).body("message", containsString("\"product\" or \"product_model\""));
    }

    @Test
    void shouldNotLetAViewerUpload() throws Exception {
        String identifier = product("viewer");
        AkeneoClient.bearer(AkeneoClient.connection().accessToken("viewer")).contentType("multipart/form-data")
                .multiPart("product", productPart(identifier, c.image()))
                .multiPart("file", "boot.png", image("png"))
                .post("/api/rest/v1/media-files")
                .then().statusCode(403);
    }
}
