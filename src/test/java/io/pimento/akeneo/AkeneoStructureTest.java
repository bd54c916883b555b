package io.pimento.akeneo;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.pimento.catalog.product.TestCatalog.EN;
import static io.pimento.catalog.product.TestCatalog.FR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The catalog structure read through Akeneo's API: HAL pages, Akeneo's field names and types. */
@QuarkusTest
class AkeneoStructureTest {

    @Inject
    CatalogFixtures fixtures;

    TestCatalog c;
    String token;

    @BeforeEach
    void catalog() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        c = fixtures.standardCatalog();
        if (token == null) {
            token = AkeneoClient.connection().accessToken("viewer");
        }
    }

    private RequestSpecification akeneo() {
        return AkeneoClient.bearer(token);
    }

    @Test
    void shouldPageThroughAttributesWithAkeneosTypes() {
        List<String> codes = List.of(c.name(), c.price(), c.weight(), c.color(), c.size());
        String search = "{\"code\":[{\"operator\":\"IN\",\"value\":[\"%s\"]}]}".formatted(String.join("\",\"", codes));
        List<String> seen = new ArrayList<>();
        String next = akeneo().queryParam("search", search).queryParam("limit", 2).queryParam("with_count", true)
                .get("/api/rest/v1/attributes").then().statusCode(200)
                .body("items_count", equalTo(5))
                .body("current_page", equalTo(1))
                .extract().path("_links.next.href");
        seen.addAll(akeneo().queryParam("search", search).queryParam("limit", 2)
                .get("/api/rest/v1/attributes").then().extract().jsonPath().getList("_embedded.items.code"));
        while (next != null) {
            JsonPath page = akeneo().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("_embedded.items.code"));
            next = page.getString("_links.next.href");
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(codes);

        akeneo().get("/api/rest/v1/attributes/" + c.price()).then().statusCode(200)
                .body("type", equalTo("pim_catalog_price_collection"))
                .body("_links.self.href", endsWith("/api/rest/v1/attributes/" + c.price()))
                .body("version", nullValue());
    }

    @Test
    void shouldReadFamiliesOptionsChannelsAndCategories() {
        akeneo().get("/api/rest/v1/families/" + c.family()).then().statusCode(200)
                .body("code", equalTo(c.family()))
                .body("attribute_as_label", equalTo(c.name()))
                .body("attributes", hasItem(c.price()));
        akeneo().get("/api/rest/v1/attributes/" + c.color() + "/options").then().statusCode(200)
                .body("_embedded.items.code", hasItem("red"))
                .body("_embedded.items[0]._links.self.href", containsString("/api/rest/v1/attributes/" + c.color() + "/options/"));
        akeneo().get("/api/rest/v1/channels/" + c.ecommerce()).then().statusCode(200)
                .body("category_tree", equalTo(c.masterCategory()))
                .body("locales", hasItem(FR))
                .body("conversion_units", equalTo(java.util.Map.of()));
        akeneo().get("/api/rest/v1/categories/" + c.bootsCategory()).then().statusCode(200)
                .body("parent", equalTo(c.masterCategory()));
        akeneo().get("/api/rest/v1/families/no_such_family").then().statusCode(404).body("code", equalTo(404));
    }

    @Test
    void shouldFilterLocalesByEnabled() {
        akeneo().queryParam("search", "{\"enabled\":[{\"operator\":\"=\",\"value\":true}]}").queryParam("limit", 100)
                .get("/api/rest/v1/locales").then().statusCode(200)
                .body("_embedded.items.code", hasItem(EN))
                .body("_embedded.items.code", not(hasItem(TestCatalog.IT)));
        akeneo().get("/api/rest/v1/currencies/EUR").then().statusCode(200).body("enabled", equalTo(true));
    }

    @Test
    void shouldRefuseWhatStructureListsDoNotSupport() {
        akeneo().queryParam("search", "{\"updated\":[{\"operator\":\">\",\"value\":\"2026-01-01 00:00:00\"}]}")
                .get("/api/rest/v1/families").then().statusCode(422)
                .body("message", containsString("\"updated\""));
        akeneo().queryParam("pagination_type", "search_after").queryParam("search_after", "not a cursor")
                .get("/api/rest/v1/families").then().statusCode(422)
                .body("message", containsString("search_after"));
        akeneo().queryParam("search", "{\"code\":\"" + c.family() + "\"}").get("/api/rest/v1/families").then().statusCode(422)
                .body("message", containsString("\"code\""));
    }

    @Test
    void shouldListMeasurementFamiliesWithExactConversions() {
        JsonPath families = akeneo().get("/api/rest/v1/measurement-families").then().statusCode(200).extract().jsonPath();

        assertThat(families.getString("find { it.code == 'Weight' }.standard_unit_code")).isEqualTo("KILOGRAM");
        assertThat(families.getList("find { it.code == 'Weight' }.units.GRAM.convert_from_standard"))
                .isEqualTo(List.of(java.util.Map.of("operator", "mul", "value", "0.001")));
        assertThat(families.getString("find { it.code == 'Weight' }.units.GRAM.symbol")).isEqualTo("g");
        assertThat(families.getList("find { it.code == 'Weight' }.units.KILOGRAM.convert_from_standard"))
                .isEqualTo(List.of(java.util.Map.of("operator", "mul", "value", "1")));
        assertThat(families.getList("find { it.code == 'Temperature' }.units.FAHRENHEIT.convert_from_standard")).isEqualTo(List.of(
                java.util.Map.of("operator", "sub", "value", "32"), java.util.Map.of("operator", "mul", "value", "5"),
                java.util.Map.of("operator", "div", "value", "9"), java.util.Map.of("operator", "add", "value", "273.15")));
    }

    @Test
    void shouldPageThroughAttributesAfterTheLastCodeGiven() {
        List<String> codes = new ArrayList<>(List.of(c.name(), c.price(), c.weight(), c.color(), c.size()));
        String search = "{\"code\":[{\"operator\":\"IN\",\"value\":[\"%s\"]}]}".formatted(String.join("\",\"", codes));
        JsonPath page = akeneo().queryParam("search", search).queryParam("limit", 2).queryParam("pagination_type", "search_after")
                .get("/api/rest/v1/attributes").then().statusCode(200)
                .body("current_page", nullValue())
                .extract().jsonPath();
        List<String> seen = new ArrayList<>(page.getList("_embedded.items.code"));
        String next = page.getString("_links.next.href");
        int pages = 1;
        while (next != null) {
            page = akeneo().urlEncodingEnabled(false).get(next).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("_embedded.items.code"));
            next = page.getString("_links.next.href");
            pages++;
        }
        codes.sort(null);
        assertThat(seen).containsExactlyElementsOf(codes);
        assertThat(pages).isEqualTo(3);
    }
}
