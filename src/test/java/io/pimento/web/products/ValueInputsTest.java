package io.pimento.web.products;

import io.pimento.catalog.attribute.AttributeType;
import io.pimento.catalog.product.schema.AttributeSchema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ValueInputsTest {

    private static final List<String> CURRENCIES = List.of("EUR", "USD");

    @Test
    void shouldSendOnlyTheCurrenciesWithAnAmount() {
        AttributeSchema price = AttributeSchema.builder("price", AttributeType.PRICE_COLLECTION).build();
        Map<String, List<String>> form = Map.of("v.price.EUR", List.of("19.90"), "v.price.USD", List.of(" "));

        Map<String, List<String>> posted = ValueInputs.posted(price, name -> form.getOrDefault(name, List.of()), CURRENCIES);

        assertThat(ValueInputs.data(price, posted, CURRENCIES)).isEqualTo(List.of(Map.of("amount", "19.90", "currency", "EUR")));
    }

    @Test
    void shouldReadStoredValuesAsTheSameInputsTheFormPostsBack() {
        AttributeSchema price = AttributeSchema.builder("price", AttributeType.PRICE_COLLECTION).build();
        AttributeSchema sizes = AttributeSchema.builder("sizes", AttributeType.MULTISELECT).build();
        AttributeSchema length = AttributeSchema.builder("length", AttributeType.METRIC).build();
        Map<String, List<String>> form = Map.of("v.price.EUR", List.of("120.00"), "v.sizes", List.of("40", "38"),
                "v.length.amount", List.of("12"), "v.length.unit", List.of("CENTIMETER"));

        assertThat(ValueInputs.posted(price, name -> form.getOrDefault(name, List.of()), CURRENCIES))
                .isEqualTo(ValueInputs.of(price, List.of(Map.of("amount", "120.00", "currency", "EUR")), CURRENCIES));
        assertThat(ValueInputs.posted(sizes, name -> form.getOrDefault(name, List.of()), CURRENCIES))
                .isEqualTo(ValueInputs.of(sizes, List.of("38", "40"), CURRENCIES));
        assertThat(ValueInputs.posted(length, name -> form.getOrDefault(name, List.of()), CURRENCIES))
                .isEqualTo(ValueInputs.of(length, Map.of("amount", 12, "unit", "CENTIMETER"), CURRENCIES));
    }

    @Test
    void shouldClearAValueWhoseInputsAreEmpty() {
        AttributeSchema sizes = AttributeSchema.builder("sizes", AttributeType.MULTISELECT).build();
        AttributeSchema length = AttributeSchema.builder("length", AttributeType.METRIC).build();
        AttributeSchema name = AttributeSchema.builder("name", AttributeType.TEXT).build();
        Map<String, List<String>> form = Map.of("v.length.unit", List.of("CENTIMETER"), "v.name", List.of(""));

        for (AttributeSchema attribute : List.of(sizes, length, name)) {
            Map<String, List<String>> posted = ValueInputs.posted(attribute, input -> form.getOrDefault(input, List.of()), CURRENCIES);
            assertThat(ValueInputs.data(attribute, posted, CURRENCIES)).as(attribute.code()).isNull();
        }
    }

    @Test
    void shouldTypeYesNoAndKeepTextareaLinesAsStored() {
        AttributeSchema handmade = AttributeSchema.builder("handmade", AttributeType.BOOLEAN).build();
        AttributeSchema description = AttributeSchema.builder("description", AttributeType.TEXTAREA).build();
        Map<String, List<String>> form = Map.of("v.handmade", List.of("false"), "v.description", List.of("Warm\r\nand dry"));

        assertThat(ValueInputs.data(handmade, ValueInputs.posted(handmade, n -> form.getOrDefault(n, List.of()), CURRENCIES), CURRENCIES))
                .isEqualTo(false);
        assertThat(ValueInputs.posted(description, n -> form.getOrDefault(n, List.of()), CURRENCIES))
                .isEqualTo(ValueInputs.of(description, "Warm\nand dry", CURRENCIES));
    }
}
