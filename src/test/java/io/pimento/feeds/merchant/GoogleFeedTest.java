package io.pimento.feeds.merchant;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.feeds.FeedCatalog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.catalog.product.TestCatalog.EUR;
import static io.pimento.catalog.product.TestCatalog.USD;
import static io.pimento.feeds.FeedCatalog.product;
import static io.pimento.feeds.FeedCatalog.token;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class GoogleFeedTest {

    static final String G = "http://base.google.com/ns/1.0";

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
        MerchantCatalog.linkProducts(c.ecommerce());
    }

    /** A product with every field Google requires, on the ecommerce channel. */
    FeedCatalog.Body complete(String base) {
        return complete(base, "A warm boot");
    }

    FeedCatalog.Body complete(String base, String description) {
        return product(c, base, c.bootsCategory())
                .value(c.name(), EN, null, "Boot <red> & \"warm\"")
                .value(c.description(), EN, c.ecommerce(), description)
                .value(c.image(), "ab/cd/abcd_boot.png")
                .value(c.price(), List.of(Map.of("amount", "12", "currency", EUR), Map.of("amount", "14.50", "currency", USD)));
    }

    String google(String channel, String file) {
        return "/api/v1/feeds/" + channel + "/" + file;
    }

    @Test
    void shouldSendEveryRequiredFieldInTheXmlFeed() throws Exception {
        complete("boot").value(c.ean(), "4006381333931").create();

        byte[] xml = asViewer().accept("*/*").get(google(c.ecommerce(), "google.xml"))
                .then().statusCode(200).contentType(startsWith("application/xml"))
                .extract().asByteArray();

        List<Map<String, String>> items = items(xml);
        assertThat(items).hasSize(1);
        assertThat(items.get(0))
                .containsEntry("id", c.sku("boot"))
                .containsEntry("title", "Boot <red> & \"warm\"")
                .containsEntry("description", "A warm boot")
                .containsEntry("link", "https://shop.example.com/p/" + c.sku("boot"))
                .containsEntry("availability", "in_stock")
                .containsEntry("price", "12.00 EUR")
                .containsEntry("gtin", "4006381333931")
                .containsEntry("condition", "new")
                .doesNotContainKey("identifier_exists");
        assertThat(items.get(0).get("image_link")).startsWith("http").endsWith("ab/cd/abcd_boot.png");
    }

    @Test
    void shouldSayNoIdentifierExistsForAProductWithoutGtinOrMpn() throws Exception {
        complete("boot").create();

        byte[] xml = asViewer().accept("*/*").get(google(c.ecommerce(), "google.xml")).then().statusCode(200).extract().asByteArray();

        assertThat(items(xml).get(0)).containsEntry("identifier_exists", "no").doesNotContainKey("gtin");
    }

    @Test
    void shouldGroupVariantsByTheirProductModel() throws Exception {
        asEditor().body(Map.of("code", c.sku("boot"), "family_variant", c.familyBySize(),
                        "categories", List.of(c.bootsCategory()),
                        "values", Map.of(c.name(), List.of(Map.of("locale", EN, "data", "Boot")),
                                c.description(), List.of(Map.of("locale", EN, "scope", c.ecommerce(), "data", "Warm")),
                                c.image(), List.of(Map.of("data", "ab/cd/abcd_boot.png")),
                                c.price(), List.of(Map.of("data", List.of(Map.of("amount", "20.00", "currency", EUR)))))))
                .post("/api/v1/product-models").then().statusCode(201);
        asEditor().body(Map.of("identifier", c.sku("boot_m"), "parent", c.sku("boot"),
                        "values", Map.of(c.size(), List.of(Map.of("data", "m")))))
                .post("/api/v1/products").then().statusCode(201);

        byte[] xml = asViewer().accept("*/*").get(google(c.ecommerce(), "google.xml")).then().statusCode(200).extract().asByteArray();

        assertThat(items(xml).get(0)).containsEntry("id", c.sku("boot_m")).containsEntry("item_group_id", c.sku("boot"));
    }

    @Test
    void shouldWriteATsvWithAHeaderRowAndTabsNeutralised() {
        complete("boot", "A warm\tboot\nfor winter").create();

        String tsv = asViewer().accept("*/*").get(google(c.ecommerce(), "google.tsv"))
                .then().statusCode(200).contentType(startsWith("text/tab-separated-values"))
                .extract().asString();

        String[] lines = tsv.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo(String.join("\t", GoogleFields.COLUMNS));
        String[] row = lines[1].split("\t", -1);
        assertThat(row).hasSize(GoogleFields.COLUMNS.size());
        assertThat(row[0]).isEqualTo(c.sku("boot"));
        assertThat(row[2]).isEqualTo("A warm boot for winter");
        assertThat(row[6]).isEqualTo("12.00 EUR");
    }

    @Test
    void shouldLeaveOutAndReportProductsMissingARequiredField() throws Exception {
        complete("boot").create();
        product(c, "no_price", c.bootsCategory()).value(c.name(), EN, null, "Cheap")
                .value(c.description(), EN, c.ecommerce(), "Free").value(c.image(), "ab/cd/abcd_x.png").create();
        product(c, "bare", c.bootsCategory()).value(c.name(), EN, null, "Bare")
                .value(c.description(), EN, c.ecommerce(), "Nothing").create();

        byte[] xml = asViewer().accept("*/*").get(google(c.ecommerce(), "google.xml")).then().statusCode(200).extract().asByteArray();
        assertThat(items(xml)).extracting(item -> item.get("id")).containsExactly(c.sku("boot"));

        asViewer().accept("*/*").get(google(c.ecommerce(), "google-report"))
                .then().statusCode(200)
                .body("products", equalTo(3))
                .body("sent", equalTo(1))
                .body("left_out", equalTo(2))
                .body("missing.price", equalTo(2))
                .body("missing.image_link", equalTo(1))
                .body("items.identifier", containsInAnyOrder(c.sku("no_price"), c.sku("bare")))
                .body("items.find { it.identifier == '%s' }.missing".formatted(c.sku("no_price")), contains("price"))
                .body("items.find { it.identifier == '%s' }.missing".formatted(c.sku("bare")), contains("image_link", "price"));
    }

    @Test
    void shouldStreamEveryPageOfAFeedLongerThanAPage() throws Exception {
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 205; i++) {
            lines.append(json.writeValueAsString(complete("boot" + i).build())).append('\n');
        }
        asEditor().contentType("application/vnd.akeneo.collection+json").accept("application/vnd.akeneo.collection+json")
                .body(lines.toString().getBytes(StandardCharsets.UTF_8))
                .patch("/api/v1/products").then().statusCode(200);

        String tsv = asViewer().accept("*/*").get(google(c.ecommerce(), "google.tsv")).then().statusCode(200).extract().asString();

        assertThat(tsv.lines().skip(1).map(line -> line.split("\t")[0]).distinct()).hasSize(205);
    }

    @Test
    void shouldLetAChannelTokenReadItsOwnGoogleFeed() {
        complete("boot").create();

        FeedCatalog.withToken(token(c.ecommerce())).accept("*/*").get(google(c.ecommerce(), "google.tsv"))
                .then().statusCode(200);
    }

    @Test
    void shouldRefuseAChannelTokenAnotherChannelsGoogleFeed() {
        String token = token(c.ecommerce());

        FeedCatalog.withToken(token).accept("*/*").get(google(c.mobile(), "google.xml")).then().statusCode(403);
        FeedCatalog.withToken(token).get(google(c.mobile(), "google-report")).then().statusCode(403);
    }

    @Test
    void shouldAnswer404ForAnUnknownChannel() {
        asViewer().accept("*/*").get(google("nowhere_" + c.suffix(), "google.xml"))
                .then().statusCode(404).contentType("application/problem+json");
        asViewer().accept("*/*").get(google("nowhere_" + c.suffix(), "google-report")).then().statusCode(404);
    }

    @Test
    void shouldRefuseALocaleOfAnotherChannel() {
        asViewer().accept("*/*").queryParam("locale", "de_DE").get(google(c.ecommerce(), "google.tsv"))
                .then().statusCode(400).contentType("application/problem+json");
    }

    /** The feed's items, each as its g: fields by name; fails on XML that does not parse. */
    static List<Map<String, String>> items(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("rss");
        assertThat(document.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        NodeList nodes = document.getElementsByTagName("item");
        List<Map<String, String>> items = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Map<String, String> fields = new LinkedHashMap<>();
            NodeList children = ((Element) nodes.item(i)).getElementsByTagNameNS(G, "*");
            for (int j = 0; j < children.getLength(); j++) {
                fields.put(children.item(j).getLocalName(), children.item(j).getTextContent());
            }
            items.add(fields);
        }
        return items;
    }
}
