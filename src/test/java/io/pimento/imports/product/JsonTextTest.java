package io.pimento.imports.product;

import com.fasterxml.jackson.databind.JsonNode;
import io.pimento.catalog.product.AssociationTargets;
import io.pimento.catalog.product.Associations;
import io.pimento.catalog.product.Completeness;
import io.pimento.catalog.product.CompletenessEntry;
import io.pimento.catalog.product.ProductValues;
import io.pimento.common.DatabaseJsonFormat;
import io.pimento.history.FieldChange;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTextTest {

    @Test
    void shouldWriteValuesAsJacksonDoes() throws Exception {
        ProductValues values = new ProductValues();
        values.put("name", "en_US", null, "Big \"boot\"\n\ttab \\ é \u0001");
        values.put("description", "en_US", "ecommerce", "Text");
        values.put("count", null, null, 12);
        values.put("big", null, null, 12_345_678_901L);
        values.put("weight", null, null, "1.50");
        values.put("decimal", null, null, new BigDecimal("3.25"));
        values.put("handmade", null, null, true);
        values.put("sizes", null, null, List.of("38", "39"));
        Map<String, Object> price = new LinkedHashMap<>();
        price.put("amount", "12.50");
        price.put("currency", "EUR");
        values.put("price", null, null, List.of(price));
        values.put("length", null, null, Map.of("amount", 4, "unit", "METER"));

        assertSame(values);
    }

    @Test
    void shouldWriteCompletenessChangesAndAssociationsAsJacksonDoes() throws Exception {
        assertSame(new Completeness(List.of(new CompletenessEntry("web", "en_US", 67, 3, List.of("price")))));
        assertSame(List.of(new FieldChange("values.name.en_US", null, "Boot"), new FieldChange("enabled", true, false),
                new FieldChange("categories", List.of("a"), List.of("a", "b"))));
        Associations associations = new Associations();
        associations.put("X_SELL", new AssociationTargets(List.of("a", "b"), List.of("m"), List.of()));
        assertSame(associations);
        assertSame(List.of("summer", "winter"));
    }

    @Test
    void shouldWriteCopyCellsThatReadBackAsTheSameJson() {
        ProductValues values = new ProductValues();
        values.put("name", "en_US", null, "Big \"boot\"\n\ttab \\ back\\slash \r é \u0001");
        List<FieldChange> changes = List.of(new FieldChange("values.name", null, "C:\\temp\\"));

        for (Object value : List.of(values, changes)) {
            StringBuilder cell = new StringBuilder();
            JsonText.appendForCopy(cell, value);
            assertThat(cell.toString()).doesNotContain("\t", "\n", "\r");
            assertThat(copyUnescaped(cell.toString())).isEqualTo(JsonText.of(value));
        }
    }

    /** What PostgreSQL reads from a COPY text cell. */
    private static String copyUnescaped(String cell) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c != '\\') {
                text.append(c);
                continue;
            }
            char next = cell.charAt(++i);
            text.append(switch (next) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                default -> next;
            });
        }
        return text.toString();
    }

    private static void assertSame(Object value) throws Exception {
        JsonNode jackson = DatabaseJsonFormat.MAPPER.readTree(DatabaseJsonFormat.MAPPER.writeValueAsString(value));
        JsonNode ours = DatabaseJsonFormat.MAPPER.readTree(JsonText.of(value));
        assertThat(ours).isEqualTo(jackson);
    }
}
