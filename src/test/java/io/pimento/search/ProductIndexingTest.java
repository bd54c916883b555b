package io.pimento.search;

import io.pimento.catalog.attribute.AttributeType;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.pimento.search.CatalogFixtures.product;
import static io.pimento.search.CatalogFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ProductIndexingTest {

    @Inject
    CatalogFixtures fixtures;

    private String family;
    private String name;
    private String color;
    private String master;

    @BeforeEach
    void structure() {
        fixtures.locales("en_US", "fr_FR");
        master = fixtures.category(null, unique("master"));
        name = fixtures.attribute(unique("name"), AttributeType.TEXT, true, false);
        color = fixtures.attribute(unique("color"), AttributeType.SIMPLESELECT, false, false);
        family = fixtures.family(unique("family"), name, List.of(name, color));
    }

    private static io.restassured.response.ValidatableResponse search(String... pairs) {
        Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parameters.put(pairs[i], List.of(pairs[i + 1]));
        }
        return SearchCatalog.search(parameters);
    }

    @Test
    void shouldIndexWhatTheOutboxAnnouncesAndEmptyIt() {
        long id = fixtures.product(product(unique("SKU"), family).values(v -> v.put(name, "en_US", null, "Blue kettle")));
        await().untilAsserted(() -> search("family", family, "q", "kettle").body("items[0].label", equalTo("Blue kettle")));
        assertThat(fixtures.outboxRowsFor(id)).isZero();
    }

    @Test
    void shouldShowUpdatedValues() {
        long id = fixtures.product(product(unique("SKU"), family).values(v -> v.put(name, "en_US", null, "Old teapot")));
        await().untilAsserted(() -> search("family", family, "q", "teapot").body("total", equalTo(1)));

        fixtures.updateProduct(id, p -> p.values.put(name, "en_US", null, "New samovar"));

        await().untilAsserted(() -> search("family", family, "q", "samovar").body("items[0].label", equalTo("New samovar")));
        search("family", family, "q", "teapot").body("items", empty());
    }

    @Test
    void shouldRemoveDeletedProduct() {
        String identifier = unique("SKU");
        long id = fixtures.product(product(identifier, family));
        await().untilAsserted(() -> search("family", family).body("items.identifier", contains(identifier)));

        fixtures.deleteProduct(id);

        await().untilAsserted(() -> search("family", family).body("total", equalTo(0)));
        assertThat(fixtures.outboxRowsFor(id)).isZero();
    }

    @Test
    void shouldIndexValuesAndCategoriesInheritedFromProductModels() {
        String shoes = fixtures.category(master, unique("shoes"));
        long root = fixtures.productModel(unique("model"), family, null, List.of(shoes),
                v -> v.put(name, "en_US", null, "Trail runner"));
        long subModel = fixtures.productModel(unique("submodel"), family, root, List.of(),
                v -> v.put(color, null, null, "green"));
        String variant = unique("VARIANT");
        fixtures.product(product(variant, family).parent(subModel));

        await().untilAsserted(() -> search("family", family, "attr." + color, "green", "category", shoes)
                .body("items.identifier", contains(variant))
                .body("items[0].label", equalTo("Trail runner")));
    }

    @Test
    void shouldRelabelProductsWhenTheFamilyLabelAttributeChanges() {
        String title = fixtures.attribute(unique("title"), AttributeType.TEXT, false, false);
        String identifier = unique("SKU");
        fixtures.product(product(identifier, family).values(v -> {
            v.put(name, "en_US", null, "Plain name");
            v.put(title, null, null, "Catchy title");
        }));
        await().untilAsserted(() -> search("family", family, "locale", "en_US").body("items[0].label", equalTo("Plain name")));

        fixtures.changeFamilyLabel(family, title);

        await().untilAsserted(() -> search("family", family, "locale", "en_US").body("items[0].label", equalTo("Catchy title")));
    }

    @Test
    void shouldFollowACategoryMovedToAnotherBranch() {
        String summer = fixtures.category(master, unique("summer"));
        String winter = fixtures.category(master, unique("winter"));
        String sandals = fixtures.category(summer, unique("sandals"));
        String identifier = unique("SKU");
        fixtures.product(product(identifier, family).categories(sandals));
        await().untilAsserted(() -> search("family", family, "category", summer).body("items.identifier", contains(identifier)));

        fixtures.moveCategory(sandals, winter);

        await().untilAsserted(() -> search("family", family, "category", winter).body("items.identifier", contains(identifier)));
        search("family", family, "category", summer).body("items", empty());
    }
}
