package io.pimento.search;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.product.EnrichmentStatus;
import io.pimento.testing.Api;
import io.restassured.response.ValidatableResponse;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.pimento.search.CatalogFixtures.product;
import static io.pimento.search.CatalogFixtures.unique;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A small shoe and bag catalog with codes unique to one test class, so classes sharing the
 * database and index do not see each other's products (searches filter on these families).
 */
final class SearchCatalog {

    final String master = unique("master");
    final String shoes = unique("shoes");
    final String boots = unique("boots");
    final String bags = unique("bags");
    final String ecommerce = unique("ecommerce");
    final String name = unique("name");
    final String description = unique("description");
    final String color = unique("color");
    final String price = unique("price");
    final String weight = unique("weight");
    final String waterproof = unique("waterproof");
    final String release = unique("release");
    final String rating = unique("rating");
    final String shoeFamily = unique("shoe");
    final String bagFamily = unique("bag");

    final String leatherBoot = unique("BOOT-LEATHER");
    final String rainBoot = unique("BOOT-RAIN");
    final String sneaker = unique("SNEAKER");
    final String bag = unique("BAG");

    SearchCatalog(CatalogFixtures fixtures) {
        fixtures.locales("en_US", "fr_FR", "de_DE");
        fixtures.category(null, master);
        fixtures.category(master, shoes);
        fixtures.category(shoes, boots);
        fixtures.category(master, bags);
        fixtures.channel(ecommerce, master, List.of("en_US", "fr_FR"), List.of("EUR", "USD"));
        fixtures.attribute(name, AttributeType.TEXT, true, false);
        fixtures.attribute(description, AttributeType.TEXTAREA, true, false);
        fixtures.attribute(color, AttributeType.SIMPLESELECT, false, false);
        fixtures.attribute(price, AttributeType.PRICE_COLLECTION, false, false);
        fixtures.attribute(weight, AttributeType.METRIC, false, false);
        fixtures.attribute(waterproof, AttributeType.BOOLEAN, false, false);
        fixtures.attribute(release, AttributeType.DATE, false, false);
        fixtures.attribute(rating, AttributeType.NUMBER, false, false);
        List<String> attributes = List.of(name, description, color, price, weight, waterproof, release, rating);
        fixtures.family(shoeFamily, name, attributes);
        fixtures.family(bagFamily, name, attributes);

        fixtures.product(product(leatherBoot, shoeFamily).categories(boots)
                .completeness(ecommerce, "en_US", 100).completeness(ecommerce, "fr_FR", 40)
                .status(EnrichmentStatus.APPROVED)
                .values(v -> {
                    v.put(name, "en_US", null, "Leather boot");
                    v.put(name, "fr_FR", null, "Botte en cuir");
                    v.put(description, "en_US", null, "<p>A sturdy boot for <b>muddy</b> walks</p>");
                    v.put(color, null, null, "red");
                    v.put(price, null, null, List.of(Map.of("amount", "120.00", "currency", "EUR"),
                            Map.of("amount", "130.00", "currency", "USD")));
                    v.put(weight, null, null, Map.of("amount", "1.2", "unit", "KILOGRAM"));
                    v.put(waterproof, null, null, true);
                    v.put(release, null, null, "2024-03-01T00:00:00+00:00");
                    v.put(rating, null, null, 4);
                }));
        fixtures.product(product(rainBoot, shoeFamily).categories(boots).enabled(false)
                .completeness(ecommerce, "en_US", 50)
                .values(v -> {
                    v.put(name, "en_US", null, "Rain boot");
                    v.put(color, null, null, "blue");
                    v.put(price, null, null, List.of(Map.of("amount", 60, "currency", "EUR")));
                    v.put(weight, null, null, Map.of("amount", 0.9, "unit", "KILOGRAM"));
                    v.put(waterproof, null, null, true);
                    v.put(release, null, null, "2023-05-01");
                    v.put(rating, null, null, "3");
                }));
        fixtures.product(product(sneaker, shoeFamily).categories(shoes)
                .completeness(ecommerce, "en_US", 80)
                .values(v -> {
                    v.put(name, "en_US", null, "Running sneaker");
                    v.put(color, null, null, "red");
                    v.put(price, null, null, List.of(Map.of("amount", "90", "currency", "EUR")));
                    v.put(waterproof, null, null, false);
                    v.put(release, null, null, "2024-06-01");
                    v.put(rating, null, null, 5);
                }));
        fixtures.product(product(bag, bagFamily).categories(bags)
                .completeness(ecommerce, "en_US", 20)
                .values(v -> {
                    v.put(name, "en_US", null, "Leather bag");
                    v.put(color, null, null, "brown");
                    v.put(price, null, null, List.of(Map.of("amount", "200", "currency", "EUR")));
                }));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> search(Map.of("family", List.of(shoeFamily, bagFamily))).body("total", equalTo(4)));
    }

    static ValidatableResponse search(Map<String, List<String>> parameters) {
        var request = Api.asViewer();
        parameters.forEach((key, values) -> request.queryParam(key, values.toArray()));
        return request.get("/api/v1/search/products").then().statusCode(200);
    }

    /** Searches among this catalog's products only. */
    ValidatableResponse searchBoth(Function<Map<String, List<String>>, Map<String, List<String>>> parameters) {
        return search(parameters.apply(new java.util.LinkedHashMap<>(Map.of("family", List.of(shoeFamily, bagFamily)))));
    }
}
