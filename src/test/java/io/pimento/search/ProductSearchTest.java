package io.pimento.search;

import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ProductSearchTest {

    private static SearchCatalog catalog;

    @Inject
    CatalogFixtures fixtures;

    @BeforeEach
    void catalog() {
        if (catalog == null) {
            catalog = new SearchCatalog(fixtures);
        }
    }

    /** Searches this class's products; pairs of parameter name and value. */
    private static ValidatableResponse find(String... pairs) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
        }
        parameters.putIfAbsent("family", List.of(catalog.shoeFamily, catalog.bagFamily));
        return SearchCatalog.search(parameters);
    }

    @Test
    void shouldFindEnglishWordsWhateverTheirForm() {
        find("q", "boots", "locale", "en_US")
                .body("items.identifier", containsInAnyOrder(catalog.leatherBoot, catalog.rainBoot));
    }

    @Test
    void shouldSearchTextAreasWithoutTheirMarkup() {
        find("q", "muddy walk", "locale", "en_US").body("items.identifier", contains(catalog.leatherBoot));
    }

    @Test
    void shouldFindFrenchLabelInFrench() {
        find("q", "bottes", "locale", "fr_FR")
                .body("items.identifier", contains(catalog.leatherBoot))
                .body("items[0].label", equalTo("Botte en cuir"));
    }

    @Test
    void shouldNotFindFrenchWordsInEnglish() {
        find("q", "botte cuir", "locale", "en_US").body("items", empty()).body("total", equalTo(0));
    }

    @Test
    void shouldFindProductByExactIdentifier() {
        find("q", catalog.sneaker.toLowerCase()).body("items.identifier", contains(catalog.sneaker));
    }

    @Test
    void shouldDescribeHitsInTheRequestedLocaleAndChannel() {
        find("family", catalog.shoeFamily, "channel", catalog.ecommerce, "locale", "fr_FR", "sort", "identifier")
                .body("items.find { it.identifier == '%s' }.label".formatted(catalog.leatherBoot), equalTo("Botte en cuir"))
                .body("items.find { it.identifier == '%s' }.completeness".formatted(catalog.leatherBoot), equalTo(40))
                .body("items.find { it.identifier == '%s' }.family".formatted(catalog.leatherBoot), equalTo(catalog.shoeFamily))
                .body("items.find { it.identifier == '%s' }.status".formatted(catalog.leatherBoot), equalTo("approved"))
                .body("items.find { it.identifier == '%s' }.categories".formatted(catalog.leatherBoot), contains(catalog.boots))
                // no French label: the identifier stands in
                .body("items.find { it.identifier == '%s' }.label".formatted(catalog.sneaker), equalTo(catalog.sneaker));
    }

    @Test
    void shouldFilterByFamily() {
        find("family", catalog.bagFamily).body("items.identifier", contains(catalog.bag));
    }

    @Test
    void shouldIncludeSubcategoriesInCategoryFilter() {
        find("category", catalog.shoes)
                .body("items.identifier", containsInAnyOrder(catalog.leatherBoot, catalog.rainBoot, catalog.sneaker));
        find("category", catalog.boots).body("items.identifier", containsInAnyOrder(catalog.leatherBoot, catalog.rainBoot));
    }

    @Test
    void shouldFilterByEnabled() {
        find("enabled", "false").body("items.identifier", contains(catalog.rainBoot));
    }

    @Test
    void shouldFilterByStatus() {
        find("status", "approved").body("items.identifier", contains(catalog.leatherBoot));
    }

    @Test
    void shouldFilterByMinimumCompletenessOfChannelAndLocale() {
        find("completeness", "80", "channel", catalog.ecommerce, "locale", "en_US")
                .body("items.identifier", containsInAnyOrder(catalog.leatherBoot, catalog.sneaker));
        find("completeness", "80", "channel", catalog.ecommerce, "locale", "fr_FR").body("items", empty());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = ';', value = {
            "attr.{color}; red; leatherBoot sneaker",
            "attr.{color}; red,blue; leatherBoot rainBoot sneaker",
            "attr.{price}.EUR; 50..100; rainBoot sneaker",
            "attr.{price}.EUR; 100..; leatherBoot bag",
            "attr.{price}.EUR; ..60; rainBoot",
            "attr.{price}.USD; 100..200; leatherBoot",
            "attr.{waterproof}; true; leatherBoot rainBoot",
            "attr.{waterproof}; false; sneaker",
            "attr.{release}; 2024-01-01..; leatherBoot sneaker",
            "attr.{release}; 2023-05-01; rainBoot",
            "attr.{release}; 2023-01-01..2024-04-01; leatherBoot rainBoot",
            "attr.{rating}; 4..5; leatherBoot sneaker",
            "attr.{rating}; 3; rainBoot",
            "attr.{weight}; 1..; leatherBoot",
    })
    void shouldFilterByAttributeValues(String parameter, String values, String expected) {
        List<String> pairs = new ArrayList<>();
        for (String value : values.split(",")) {
            pairs.add(resolve(parameter));
            pairs.add(value);
        }
        find(pairs.toArray(String[]::new)).body("items.identifier", containsInAnyOrder(identifiers(expected)));
    }

    @Test
    void shouldCombineFiltersOnDifferentAttributes() {
        find("attr." + catalog.color, "red", "attr." + catalog.waterproof, "true")
                .body("items.identifier", contains(catalog.leatherBoot));
    }

    @Test
    void shouldCountFacetValuesRespectingTheOtherFilters() {
        ValidatableResponse response = find("family", catalog.shoeFamily, "facets", "family,category," + catalog.color + ",enabled");
        response.body("total", equalTo(3));
        // The family facet ignores the family filter, so the other families stay visible, with their counts.
        response.body("facets.family.find { it.value == '%s' }.count".formatted(catalog.shoeFamily), equalTo(3))
                .body("facets.family.find { it.value == '%s' }.count".formatted(catalog.bagFamily), equalTo(1))
                .body("facets.'%s'.find { it.value == 'red' }.count".formatted(catalog.color), equalTo(2))
                .body("facets.'%s'.find { it.value == 'blue' }.count".formatted(catalog.color), equalTo(1))
                .body("facets.'%s'.find { it.value == 'brown' }".formatted(catalog.color), nullValue())
                .body("facets.category.find { it.value == '%s' }.count".formatted(catalog.shoes), equalTo(3))
                .body("facets.category.find { it.value == '%s' }.count".formatted(catalog.boots), equalTo(2))
                .body("facets.enabled.find { it.value == 'false' }.count", equalTo(1));
    }

    @Test
    void shouldSortByPrice() {
        find("sort", "attr." + catalog.price + ".EUR")
                .body("items.identifier", contains(catalog.rainBoot, catalog.sneaker, catalog.leatherBoot, catalog.bag));
    }

    @Test
    void shouldSortByNumberDescending() {
        find("family", catalog.shoeFamily, "sort", "-attr." + catalog.rating)
                .body("items.identifier", contains(catalog.sneaker, catalog.leatherBoot, catalog.rainBoot));
    }

    @Test
    void shouldSortByLabelInTheLocale() {
        find("sort", "label", "locale", "en_US")
                .body("items.label", contains("Leather bag", "Leather boot", "Rain boot", "Running sneaker"));
    }

    @Test
    void shouldSortByIdentifierDescending() {
        List<String> identifiers = find("sort", "-identifier").extract().jsonPath().getList("items.identifier", String.class);
        assertThat(identifiers).hasSize(4).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
    }

    @Test
    void shouldPageThroughEveryHitOnceWithCursors() {
        for (String sort : List.of("identifier", "-updated", "attr." + catalog.rating, "label")) {
            List<String> seen = new ArrayList<>();
            String next = null;
            int pages = 0;
            do {
                var parameters = new ArrayList<>(List.of("limit", "1", "sort", sort));
                if (next != null) {
                    parameters.addAll(List.of("after", next));
                }
                var page = find(parameters.toArray(String[]::new)).body("total", equalTo(4)).extract().jsonPath();
                seen.addAll(page.getList("items.identifier", String.class));
                next = page.getString("next");
                pages++;
            } while (next != null && pages < 10);
            assertThat(seen).as("pages sorted by " + sort)
                    .containsExactlyInAnyOrder(catalog.leatherBoot, catalog.rainBoot, catalog.sneaker, catalog.bag);
            assertThat(pages).isEqualTo(4);
        }
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = ';', value = {
            "attr.nonexistent_attribute; x",
            "attr.{rating}; 5..1",
            "attr.{rating}; ..",
            "attr.{rating}; ten",
            "attr.{release}; 2024-13-01..",
            "attr.{waterproof}; maybe",
            "attr.{price}; 10..20",
            "attr.{price}.euro; 10..20",
            "attr.{description}; boot",
            "after; not-a-cursor!",
            "after; eyJ4IjoxfQ",
            "sort; price",
            "sort; attr.{color}",
            "limit; 101",
            "completeness; 80",
            "enabled; yes",
            "status; published",
            "family; no_such_family",
            "category; no_such_category",
            "locale; xx_XX",
            "channel; no_such_channel",
            "facets; {description}",
            "colour; red",
    })
    void shouldRefuseBadParametersNamingThem(String parameter, String value) {
        String name = resolve(parameter);
        Api.asViewer().queryParam(name, resolve(value)).get("/api/v1/search/products")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(name));
    }

    @Test
    void shouldRefuseAnonymousSearches() {
        io.restassured.RestAssured.given().get("/api/v1/search/products").then().statusCode(401);
    }

    /** Replaces {color}-style placeholders with this catalog's codes. */
    private static String resolve(String text) {
        return text.replace("{color}", catalog.color).replace("{price}", catalog.price)
                .replace("{waterproof}", catalog.waterproof).replace("{release}", catalog.release)
                .replace("{rating}", catalog.rating).replace("{weight}", catalog.weight)
                .replace("{description}", catalog.description);
    }

    private static String[] identifiers(String names) {
        return java.util.Arrays.stream(names.split(" ")).map(name -> switch (name) {
            case "leatherBoot" -> catalog.leatherBoot;
            case "rainBoot" -> catalog.rainBoot;
            case "sneaker" -> catalog.sneaker;
            case "bag" -> catalog.bag;
            default -> throw new IllegalArgumentException(name);
        }).toArray(String[]::new);
    }
}
