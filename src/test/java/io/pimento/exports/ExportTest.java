package io.pimento.exports;

import io.pimento.imports.Imports;
import io.pimento.imports.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class ExportTest {

    /** Imported once for the class, before its first test (REST Assured only knows the app's port in a test). */
    static TestCatalog catalog;

    @BeforeEach
    void importCatalog() {
        if (catalog != null) {
            return;
        }
        catalog = TestCatalog.create();
        Imports.runClean("product_models", catalog.csv("code;family_variant;categories;P_name-en_US\nP_model;P_shoes_by_color;P_sale;Model\n"));
        Imports.runClean("products", catalog.csv("""
                SKU;family;parent;categories;enabled;groups;P_name-en_US;P_name-fr_FR;P_description-en_US-P_web;P_count;P_weight;P_handmade;P_release;P_color;P_sizes;P_price-EUR;P_price-USD;P_length;P_length-unit;P_heel;P_XSELL-products
                P_complete;P_shoes;;P_boots;1;P_similar;Complete;Complet;"Line one
                line two";3;1.50;0;2020-01-31;red;38,40;10.00;12;4;METER;blue;P_partial
                P_partial;P_shoes;;P_sale;0;;Partial;;;;;;;;;;;;;;
                P_formula;P_shoes;;;1;;"=HYPERLINK(""http://evil"",""click"")";@SUM(1);;;-7;;;;;;;;;;
                P_variant;;P_model;;1;;;;;;;;;black;;;;;;;
                """));
    }

    private String export(String query) {
        return given().auth().preemptive().basic("viewer", "viewer")
                .get("/api/v1/exports/products.csv" + query)
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
    }

    @Test
    void shouldReimportAnExportWithoutChangingAnything() {
        String csv = export("?family=" + catalog.p + "_shoes");

        JsonPath job = Imports.runClean("products", csv);

        assertThat(job.getInt("read")).isEqualTo(4);
        assertThat(job.getInt("unchanged")).isEqualTo(4);
    }

    @Test
    void shouldWriteValuesInTheImportDialect() {
        String csv = export("?family=" + catalog.p + "_shoes");

        List<String> header = List.of(csv.lines().findFirst().orElseThrow().split(";"));
        Map<String, String> complete = row(csv, header, catalog.p + "_complete");
        String p = catalog.p + "_";
        assertThat(complete).containsEntry("family", p + "shoes")
                .containsEntry("categories", p + "boots")
                .containsEntry("enabled", "1")
                .containsEntry("groups", p + "similar")
                .containsEntry(p + "name-fr_FR", "Complet")
                .containsEntry(p + "count", "3")
                .containsEntry(p + "weight", "1.50")
                .containsEntry(p + "handmade", "0")
                .containsEntry(p + "sizes", "38,40")
                .containsEntry(p + "price-EUR", "10.00")
                .containsEntry(p + "price-USD", "12")
                .containsEntry(p + "length", "4")
                .containsEntry(p + "length-unit", "METER")
                .containsEntry(p + "XSELL-products", p + "partial");
        assertThat(csv).contains("\"Line one\nline two\"");
    }

    @Test
    void shouldNeutraliseCellsASpreadsheetWouldRunAndRestoreThemOnImport() {
        // other test classes add locales to the shared database: only these two keep the name cells side by side
        String csv = export("?family=" + catalog.p + "_shoes&locales=en_US,fr_FR");

        assertThat(csv).contains(";\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\";'@SUM(1);");
        assertThat(csv).contains(";-7;");
        Api.asAdmin().get("/api/v1/products/{id}", catalog.p + "_formula").then()
                .body("values." + catalog.p + "_name[0].data", org.hamcrest.Matchers.equalTo("=HYPERLINK(\"http://evil\",\"click\")"));
    }

    @Test
    void shouldWriteVariantsWithWhatTheyInherit() {
        String csv = export("?family=" + catalog.p + "_shoes");

        Map<String, String> variant = row(csv, List.of(csv.lines().findFirst().orElseThrow().split(";")), catalog.p + "_variant");
        assertThat(variant).containsEntry("parent", catalog.p + "_model")
                .containsEntry("categories", catalog.p + "_sale")
                .containsEntry(catalog.p + "_name-en_US", "Model");
    }

    @Test
    void shouldFilterByCategoryWithItsSubtree() {
        String csv = export("?category=" + catalog.p + "_shoes");

        assertThat(identifiers(csv)).containsExactly(catalog.p + "_complete");
    }

    @Test
    void shouldFilterVariantsByTheirModelsCategories() {
        String csv = export("?category=" + catalog.p + "_sale");

        assertThat(identifiers(csv)).containsExactlyInAnyOrder(catalog.p + "_partial", catalog.p + "_variant");
    }

    @Test
    void shouldFilterByCompletenessOnAChannel() {
        String csv = export("?family=" + catalog.p + "_shoes&channel=" + catalog.p + "_web&completeness=100");

        assertThat(identifiers(csv)).containsExactly(catalog.p + "_complete");
        String header = csv.lines().findFirst().orElseThrow();
        assertThat(header).contains(catalog.p + "_description-en_US-" + catalog.p + "_web")
                .doesNotContain(catalog.p + "_print");
    }

    @Test
    void shouldFilterByLocales() {
        String header = export("?family=" + catalog.p + "_shoes&locales=fr_FR").lines().findFirst().orElseThrow();

        assertThat(header).contains(catalog.p + "_name-fr_FR").doesNotContain(catalog.p + "_name-en_US");
    }

    @Test
    void shouldFilterByUpdateTime() {
        String later = Instant.now().plusSeconds(3600).toString();

        assertThat(identifiers(export("?family=" + catalog.p + "_shoes&updated_since=" + later))).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownFilterValue() {
        given().auth().preemptive().basic("viewer", "viewer")
                .get("/api/v1/exports/products.csv?channel=nowhere").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("channel"));
    }

    @Test
    void shouldExportProductModelsRootsFirst() {
        String csv = given().auth().preemptive().basic("viewer", "viewer").get("/api/v1/exports/product_models.csv")
                .then().statusCode(200).extract().asString();

        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("code;family_variant;parent;categories;");
        assertThat(csv).contains(catalog.p + "_model;" + catalog.p + "_shoes_by_color;;" + catalog.p + "_sale;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"currencies", "locales", "categories", "channels", "attribute_groups", "attributes", "attribute_options",
            "families", "family_variants", "association_types", "groups"})
    void shouldExportEachStructureKindInAFileItsImportReadsUnchanged(String type) {
        JsonPath job = Imports.run(type, ours(type, exportStructure(type)));

        assertThat(job.getString("status")).as(job.prettify()).isEqualTo("completed");
        assertThat(job.getInt("rejected")).as(Imports.errors(job.getLong("id"))).isZero();
        assertThat(job.getInt("created") + job.getInt("updated")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"currencies", "locales", "categories", "channels", "attribute_groups", "attributes", "attribute_options",
            "families", "family_variants", "association_types", "groups"})
    void shouldExportTheSameBytesAfterReimportingAnExport(String type) {
        String before = ours(type, exportStructure(type));

        JsonPath job = Imports.run(type, before);
        String after = ours(type, exportStructure(type));

        assertThat(job.getInt("rejected")).as(Imports.errors(job.getLong("id"))).isZero();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void shouldReadBackEveryStructureColumnItWrites() {
        // the catalog's structure copied under other codes through its own exports: every column written must be read
        String copy = "c" + catalog.p.substring(1);
        List<String> kinds = List.of("categories", "channels", "attribute_groups", "attributes", "attribute_options", "families",
                "family_variants", "association_types", "groups");
        for (String type : kinds) {
            JsonPath job = Imports.run(type, withoutColumnsNaming(ours(type, exportStructure(type)), copy).replace(catalog.p, copy));
            assertThat(job.getInt("created")).as(Imports.errors(job.getLong("id"))).isPositive();
        }

        for (String type : kinds) {
            String csv = exportStructure(type);
            assertThat(filledCells(csv, copy, catalog.p)).as(type).isNotEmpty().isEqualTo(filledCells(csv, catalog.p, copy));
        }
    }

    /**
     * Creating a channel makes the identifier required on it in every family: the columns of the
     * copy's channels are left out of the original's file.
     */
    private static String withoutColumnsNaming(String csv, String code) {
        StringBuilder kept = new StringBuilder();
        try (var file = io.pimento.csv.CsvFile.open(write(csv), null)) {
            List<String> header = file.header();
            java.util.function.Function<List<String>, String> line = cells -> java.util.stream.IntStream.range(0, header.size())
                    .filter(i -> !header.get(i).contains(code)).mapToObj(i -> i < cells.size() ? cells.get(i) : "")
                    .collect(java.util.stream.Collectors.joining(";", "", "\n"));
            kept.append(line.apply(header));
            file.forEach(row -> kept.append(line.apply(row.cells())));
        }
        return kept.toString();
    }

    /** The non-empty cells of the rows naming this prefix, by column (but those naming the other one), the prefix written as "P". */
    private static List<Map<String, String>> filledCells(String csv, String prefix, String other) {
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        try (var file = io.pimento.csv.CsvFile.open(write(csv), null)) {
            List<String> header = file.header();
            for (var row : file) {
                if (row.cells().stream().anyMatch(cell -> cell.contains(prefix))) {
                    Map<String, String> cells = new java.util.TreeMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        if (!row.cell(i).isEmpty() && !header.get(i).contains(other)) {
                            cells.put(header.get(i).replace(prefix, "P"), row.cell(i).replace(prefix, "P"));
                        }
                    }
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    private static String exportStructure(String type) {
        return given().auth().preemptive().basic("viewer", "viewer").get("/api/v1/exports/{type}.csv", type)
                .then().statusCode(200).extract().asString();
    }

    /** The header and this catalog's rows: other test classes share the database, with structure of their own. */
    private static String ours(String type, String csv) {
        return type.equals("currencies") || type.equals("locales") ? csv
                : csv.lines().filter(line -> line.startsWith("code;") || line.startsWith("attribute;") || line.contains(catalog.p))
                .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    }

    private static List<String> identifiers(String csv) {
        List<String> identifiers = new java.util.ArrayList<>();
        try (var file = io.pimento.csv.CsvFile.open(write(csv), null)) {
            file.forEach(row -> identifiers.add(row.cell(0)));
        }
        return identifiers;
    }

    private static Map<String, String> row(String csv, List<String> header, String identifier) {
        try (var file = io.pimento.csv.CsvFile.open(write(csv), null)) {
            for (var row : file) {
                if (row.cell(0).equals(identifier)) {
                    Map<String, String> cells = new java.util.HashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        cells.put(header.get(i), row.cell(i));
                    }
                    return cells;
                }
            }
        }
        throw new AssertionError(identifier + " is not in the export");
    }

    private static java.nio.file.Path write(String csv) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".csv");
            java.nio.file.Files.writeString(file, csv);
            file.toFile().deleteOnExit();
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
