package io.pimento.catalog.product;

import io.pimento.catalog.product.schema.FamilyVariantSchema;
import io.pimento.common.FieldError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VariantRulesTest {

    private static final FamilyVariantSchema VARIANT = TestSchemas.standard().familyVariant("shoes_by_color_size");

    @Test
    void shouldDeriveTheRootLevelFromTheFamily() {
        assertThat(VARIANT.depth()).isEqualTo(2);
        assertThat(VARIANT.levelOf("name")).isZero();
        assertThat(VARIANT.levelOf("color")).isEqualTo(1);
        assertThat(VARIANT.levelOf("size")).isEqualTo(2);
        assertThat(VARIANT.levelOf("outsider")).isEqualTo(-1);
    }

    @Test
    void shouldRefuseValuesOfAnotherLevel() {
        ProductValues own = new ProductValues();
        own.put("size", null, null, "m");
        own.put("color", null, null, "red");
        List<FieldError> errors = new ArrayList<>();

        ProductValues kept = VariantRules.valuesOfLevel(own, new ProductValues(), VARIANT, 2, List.of("root", "sub"), "sku", errors);

        assertThat(errors).extracting(FieldError::field).containsExactly("values.color");
        assertThat(errors.get(0).message()).contains("set it on the sub-model (product model 'sub')");
        assertThat(kept.asMap()).containsOnlyKeys("size");
    }

    @Test
    void shouldDropValuesEqualToInheritedOnes() {
        ProductValues inherited = new ProductValues();
        inherited.put("name", "en_US", null, "Boot");
        ProductValues own = new ProductValues();
        own.put("name", "en_US", null, "Boot");
        own.put("size", null, null, "m");
        List<FieldError> errors = new ArrayList<>();

        ProductValues kept = VariantRules.valuesOfLevel(own, inherited, VARIANT, 2, List.of("root", "sub"), "sku", errors);

        assertThat(errors).isEmpty();
        assertThat(kept.asMap()).containsOnlyKeys("size");
    }

    @Test
    void shouldRequireEveryAxisOfTheLevel() {
        List<FieldError> errors = new ArrayList<>();

        VariantRules.requireAxes(new ProductValues(), VARIANT, 1, errors);

        assertThat(errors).extracting(FieldError::field).containsExactly("values.color");
    }
}
