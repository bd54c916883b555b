package io.pimento.catalog.product.history;

import io.pimento.catalog.product.AssociationTargets;
import io.pimento.catalog.product.Associations;
import io.pimento.catalog.product.EnrichmentStatus;
import io.pimento.catalog.product.ProductValues;
import io.pimento.history.FieldChange;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProductChangeDetectorTest {

    private static ProductSnapshot product(String family, boolean enabled, List<String> categories, ProductValues values,
                                           Associations associations) {
        return new ProductSnapshot("boot", family, null, enabled, EnrichmentStatus.DRAFT, categories, List.of(), values, associations);
    }

    @Test
    void shouldFindNothingBetweenEqualStates() {
        ProductValues values = new ProductValues();
        values.put("name", "en_US", null, "Boot");
        ProductSnapshot state = product("shoes", true, List.of("a", "b"), values, new Associations());

        assertThat(ProductChangeDetector.diff(state, product("shoes", true, List.of("b", "a"), values.copy(), new Associations()))).isEmpty();
    }

    @Test
    void shouldReportTopLevelFields() {
        ProductSnapshot before = product("shoes", true, List.of("a"), new ProductValues(), new Associations());
        ProductSnapshot after = product("boots", false, List.of("a", "b"), new ProductValues(), new Associations());

        assertThat(ProductChangeDetector.diff(before, after)).containsExactly(
                new FieldChange("family", "shoes", "boots"),
                new FieldChange("enabled", true, false),
                new FieldChange("categories", List.of("a"), List.of("a", "b")));
    }

    @Test
    void shouldReportEachValueSlotWithItsLocaleAndScope() {
        ProductValues before = new ProductValues();
        before.put("name", "en_US", null, "Boot");
        before.put("description", "en_US", "ecommerce", "Old");
        before.put("weight", null, null, Map.of("amount", 1, "unit", "KILOGRAM"));
        ProductValues after = before.copy();
        after.put("name", "en_US", null, "Big boot");
        after.put("description", "en_US", "ecommerce", null);
        after.put("count", null, null, 3);

        assertThat(ProductChangeDetector.diffValues(before, after)).containsExactly(
                new FieldChange("values.count", null, 3),
                new FieldChange("values.description.en_US.ecommerce", "Old", null),
                new FieldChange("values.name.en_US", "Boot", "Big boot"));
    }

    @Test
    void shouldReportAssociationListsByTypeAndKind() {
        Associations before = new Associations(Map.of("X_SELL", new AssociationTargets(List.of("a"), List.of(), List.of())));
        Associations after = new Associations(Map.of("X_SELL", new AssociationTargets(List.of("a", "b"), List.of("m"), List.of())));

        assertThat(ProductChangeDetector.diffAssociations(before, after)).containsExactly(
                new FieldChange("associations.X_SELL.products", List.of("a"), List.of("a", "b")),
                new FieldChange("associations.X_SELL.product_models", List.of(), List.of("m")));
    }

    @Test
    void shouldReportEveryFilledFieldOfACreation() {
        ProductValues values = new ProductValues();
        values.put("sku", null, null, "boot");

        List<FieldChange> changes = ProductChangeDetector.diff(null, product("shoes", true, List.of(), values, new Associations()));

        assertThat(changes).containsExactly(
                new FieldChange("identifier", null, "boot"),
                new FieldChange("family", null, "shoes"),
                new FieldChange("enabled", null, true),
                new FieldChange("status", null, "draft"),
                new FieldChange("values.sku", null, "boot"));
    }
}
