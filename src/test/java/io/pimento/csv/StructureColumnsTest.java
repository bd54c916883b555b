package io.pimento.csv;

import io.pimento.catalog.channel.ChannelPayload;
import io.pimento.catalog.family.FamilyPayload;
import io.pimento.catalog.family.FamilyVariantPayload;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StructureColumnsTest {

    @Test
    void shouldWriteALabelColumnPerLocaleAnyRecordHasBetweenTheOtherColumns() {
        StructureColumns.Table table = StructureColumns.CHANNELS.table(List.of(
                new ChannelPayload("web", Map.of("fr_FR", "Toile"), "master", List.of("en_US", "fr_FR"), List.of("EUR"), 3),
                new ChannelPayload("print", Map.of("en_US", "Print"), "master", List.of("en_US"), List.of(), 1)));

        assertThat(table.header()).containsExactly("code", "label-en_US", "label-fr_FR", "tree", "locales", "currencies");
        assertThat(table.rows()).containsExactly(
                List.of("web", "", "Toile", "master", "en_US,fr_FR", "EUR"),
                List.of("print", "Print", "", "master", "en_US", ""));
    }

    @Test
    void shouldReadBackTheFamilyItWrites() {
        Map<String, List<String>> requirements = new LinkedHashMap<>();
        requirements.put("print", List.of("sku"));
        requirements.put("web", List.of("sku", "name"));
        FamilyPayload family = new FamilyPayload("shoes", Map.of("en_US", "Shoes"), "name", "", List.of("sku", "name"), requirements, null);

        StructureColumns.Table table = StructureColumns.FAMILIES.table(List.of(family));

        assertThat(table.header()).containsExactly("code", "label-en_US", "attribute_as_label", "attribute_as_image", "attributes",
                "requirements-print", "requirements-web");
        assertThat(StructureColumns.FAMILIES.read(table.header(), table.rows().get(0))).isEqualTo(family);
    }

    @Test
    void shouldReadBackTheVariantLevelsItWrites() {
        FamilyVariantPayload variant = new FamilyVariantPayload("by_color", "shoes", Map.of("en_US", "By color"),
                List.of(new FamilyVariantPayload.Level(1, List.of("color"), List.of("color", "picture")),
                        new FamilyVariantPayload.Level(2, List.of("size"), List.of("sku", "size"))), null);

        StructureColumns.Table table = StructureColumns.FAMILY_VARIANTS.table(List.of(variant));

        assertThat(StructureColumns.FAMILY_VARIANTS.read(table.header(), table.rows().get(0))).isEqualTo(variant);
    }

    @Test
    void shouldReadTheColumnNamesOfOlderAkeneoFiles() {
        ChannelPayload channel = StructureColumns.CHANNELS.read(List.of("code", "label", "category_tree", "conversion_units"),
                List.of("web", "Web", "master", "weight: KILOGRAM"));

        assertThat(channel.labels()).containsEntry("en_US", "Web");
        assertThat(channel.categoryTree()).isEqualTo("master");
        assertThat(StructureColumns.CHANNELS.unknown(List.of("code", "label", "category_tree", "conversion_units"))).isEmpty();
    }

    @Test
    void shouldNameTheColumnsItDoesNotKnow() {
        assertThat(StructureColumns.FAMILIES.unknown(List.of("code", "label-english", "requirements-web", "colour", "requirements-")))
                .containsExactly("colour", "label-english", "requirements-");
        assertThat(StructureColumns.FAMILIES.describe())
                .isEqualTo("[attribute_as_image, attribute_as_label, attributes, code, label-<locale>, requirements-<...>]");
        assertThat(StructureColumns.CURRENCIES.unknown(List.of("code", "label-en_US"))).containsExactly("label-en_US");
    }

    @Test
    void shouldRequireTheColumnsThatIdentifyARow() {
        assertThat(StructureColumns.ATTRIBUTE_OPTIONS.missing(List.of("code", "label-en_US"))).containsExactly("attribute");
        assertThat(StructureColumns.GROUPS.missing(List.of("type"))).containsExactly("code");
    }

    @Test
    void shouldRefuseACellItsColumnCannotHold() {
        assertThatThrownBy(() -> StructureColumns.ASSOCIATION_TYPES.read(List.of("code", "is_two_way"), List.of("x", "maybe")))
                .isInstanceOf(ValueCells.CellException.class)
                .hasMessage("is_two_way: 'maybe' is not a boolean; use 1 or 0");
    }
}
