package io.pimento.imports;

import io.pimento.catalog.product.ProductsChanged;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class ProductImportTest {

    /** Ids of products announced as changed, so tests see what search would re-index. */
    @ApplicationScoped
    static class ChangedProducts {
        static final Set<Long> IDS = ConcurrentHashMap.newKeySet();

        void onChange(@Observes ProductsChanged event) {
            IDS.addAll(event.productIds());
        }
    }

    /** Imported once for the class, before its first test (REST Assured only knows the app's port in a test). */
    static TestCatalog catalog;

    @BeforeEach
    void importCatalog() {
        if (catalog != null) {
            return;
        }
        catalog = TestCatalog.create();
    }

    private String id(String name) {
        return catalog.p + "-" + name;
    }

    @Test
    void shouldImportAValueOfEveryAttributeType() throws IOException {
        String csv = catalog.csv("""
                SKU;family;categories;enabled;groups;P_name-en_US;P_name-fr_FR;P_description-en_US-P_web;P_count;P_weight;P_handmade;P_release;P_color;P_sizes;P_price-EUR;P_price-USD;P_length;P_length-unit;P_picture;P_manual;P_heel;P_ean
                %s;P_shoes;P_boots,P_sale;1;P_similar;Big \\ boot\\n\tline;Grosse botte;"Warm; ""dry"" and
                light";12;1.25;1;2024-06-30;black;39,38;120.50;110;14.5;MILLIMETER;images/boot.png;docs/manual.pdf;red;4006381333931
                """.formatted(id("every")));
        byte[] zip = zip(Map.of("products.csv", csv.getBytes(StandardCharsets.UTF_8),
                "images/boot.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 1, 2, 3},
                "docs/manual.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)));

        JsonPath job = Imports.run("products", zip, "products.zip", Map.of());

        assertThat(job.getInt("created")).as(Imports.errors(job.getLong("id"))).isEqualTo(1);
        String v = "values." + catalog.p + "_";
        Api.asAdmin().get("/api/v1/products/{id}", id("every")).then().statusCode(200)
                .body("family", equalTo(catalog.p + "_shoes"))
                .body("categories", contains(catalog.p + "_boots", catalog.p + "_sale"))
                .body("groups", contains(catalog.p + "_similar"))
                .body("enabled", equalTo(true))
                .body(v + "name.find { it.locale == 'fr_FR' }.data", equalTo("Grosse botte"))
                .body(v + "name.find { it.locale == 'en_US' }.data", equalTo("Big \\ boot\\n\tline"))
                .body(v + "description[0].scope", equalTo(catalog.p + "_web"))
                .body(v + "description[0].data", equalTo("Warm; \"dry\" and\nlight"))
                .body(v + "count[0].data", equalTo(12))
                .body(v + "weight[0].data", equalTo("1.25"))
                .body(v + "handmade[0].data", equalTo(true))
                .body(v + "release[0].data", equalTo("2024-06-30"))
                .body(v + "color[0].data", equalTo("black"))
                .body(v + "sizes[0].data", contains("38", "39"))
                .body(v + "price[0].data.find { it.currency == 'EUR' }.amount", equalTo("120.50"))
                .body(v + "price[0].data.find { it.currency == 'USD' }.amount", equalTo("110"))
                .body(v + "length[0].data.amount", equalTo("14.5"))
                .body(v + "length[0].data.unit", equalTo("MILLIMETER"))
                .body(v + "picture[0].data", startsWith(""))
                .body(v + "heel[0].data", equalTo("red"))
                .body(v + "ean[0].data", equalTo("4006381333931"));
        String picture = Api.asAdmin().get("/api/v1/products/{id}", id("every")).then().extract()
                .jsonPath().getString(v + "picture[0].data");
        assertThat(picture).endsWith("_boot.png").doesNotStartWith("images/");
        Api.asAdmin().get("/api/v1/history/product/{code}", id("every")).then().statusCode(200)
                .body("items[0].action", equalTo("created"))
                .body("items[0].changes.find { it.field == '%s' }.after".formatted("values.%s_description.en_US.%s_web"
                        .formatted(catalog.p, catalog.p)), equalTo("Warm; \"dry\" and\nlight"))
                .body("items[0].changes.find { it.field == '%s' }.after".formatted("values.%s_name.en_US".formatted(catalog.p)),
                        equalTo("Big \\ boot\\n\tline"));
    }

    @Test
    void shouldLeaveAnUnchangedProductAloneOnReimport() {
        String csv = catalog.csv("SKU;family;P_name-en_US;P_price-EUR\n%s;P_shoes;Calm;10.00\n".formatted(id("calm")));
        Imports.runClean("products", csv);
        JsonPath first = Api.asAdmin().get("/api/v1/products/{id}", id("calm")).then().extract().jsonPath();
        int history = history("product", id("calm"));
        ChangedProducts.IDS.clear();

        JsonPath job = Imports.runClean("products", csv);

        assertThat(job.getInt("unchanged")).isEqualTo(1);
        assertThat(job.getInt("updated")).isZero();
        Api.asAdmin().get("/api/v1/products/{id}", id("calm")).then()
                .body("version", equalTo(first.getInt("version")))
                .body("updated", equalTo(first.getString("updated")));
        assertThat(history("product", id("calm"))).isEqualTo(history);
        assertThat(ChangedProducts.IDS).isEmpty();
    }

    @Test
    void shouldRecordHistoryAndAnnounceChangedProducts() {
        Imports.runClean("products", catalog.csv("SKU;family;P_name-en_US\n%s;P_shoes;First\n".formatted(id("told"))));
        ChangedProducts.IDS.clear();

        Imports.runClean("products", catalog.csv("SKU;P_name-en_US\n%s;Second\n".formatted(id("told"))));

        assertThat(history("product", id("told"))).isEqualTo(2);
        assertThat(ChangedProducts.IDS).hasSize(1);
    }

    @Test
    void shouldChangeOnlyTheColumnsPresent() {
        Imports.runClean("products", catalog.csv("SKU;family;categories;P_name-en_US;P_count\n%s;P_shoes;P_sale;Kept;3\n".formatted(id("partial"))));

        Imports.runClean("products", catalog.csv("SKU;P_count\n%s;4\n".formatted(id("partial"))));

        Api.asAdmin().get("/api/v1/products/{id}", id("partial")).then()
                .body("categories", contains(catalog.p + "_sale"))
                .body("values." + catalog.p + "_name[0].data", equalTo("Kept"))
                .body("values." + catalog.p + "_count[0].data", equalTo(4));
    }

    @Test
    void shouldClearAValueWithAnEmptyCell() {
        Imports.runClean("products", catalog.csv("SKU;family;P_name-en_US;P_count\n%s;P_shoes;Name;3\n".formatted(id("clear"))));

        Imports.runClean("products", catalog.csv("SKU;P_count\n%s;\n".formatted(id("clear"))));

        Api.asAdmin().get("/api/v1/products/{id}", id("clear")).then()
                .body("values." + catalog.p + "_count", nullValue())
                .body("values." + catalog.p + "_name[0].data", equalTo("Name"));
    }

    @Test
    void shouldTouchOnlyTheCurrenciesOfThePriceColumnsPresent() {
        Imports.runClean("products", catalog.csv("SKU;family;P_price-EUR;P_price-USD\n%s;P_shoes;10;11\n".formatted(id("prices"))));

        Imports.runClean("products", catalog.csv("SKU;P_price-USD\n%s;12\n".formatted(id("prices"))));

        Api.asAdmin().get("/api/v1/products/{id}", id("prices")).then()
                .body("values." + catalog.p + "_price[0].data.amount", contains("10", "12"));
    }

    @Test
    void shouldUpdateByIdentifierIgnoringCase() {
        Imports.runClean("products", catalog.csv("SKU;family\n%s;P_shoes\n".formatted(id("Mixed"))));

        JsonPath job = Imports.runClean("products", catalog.csv("SKU;P_count\n%s;7\n".formatted(id("mixed").toUpperCase())));

        assertThat(job.getInt("updated")).isEqualTo(1);
        Api.asAdmin().get("/api/v1/products/{id}", id("Mixed")).then()
                .body("identifier", equalTo(id("Mixed")))
                .body("values." + catalog.p + "_count[0].data", equalTo(7));
    }

    @Test
    void shouldRejectInvalidRowsWithEveryReasonAndSaveTheValidOnes() {
        JsonPath job = Imports.run("products", catalog.csv("""
                SKU;family;P_color;P_count;P_handmade
                %s;P_shoes;black;1;1
                %s;P_shoes;purple;1.5;maybe
                %s;P_nowhere;;;
                """.formatted(id("valid"), id("invalid"), id("lost"))));

        assertThat(job.getString("status")).isEqualTo("completed");
        assertThat(job.getInt("read")).isEqualTo(3);
        assertThat(job.getInt("created")).isEqualTo(1);
        assertThat(job.getInt("rejected")).isEqualTo(2);
        List<String> report = Imports.errors(job.getLong("id")).lines().toList();
        assertThat(report.get(0)).isEqualTo(catalog.csv("SKU;family;P_color;P_count;P_handmade;line;errors"));
        assertThat(report.get(1)).startsWith(catalog.csv("%s;P_shoes;purple;1.5;maybe;3;".formatted(id("invalid"))))
                .contains("purple").contains("decimals").contains("maybe");
        assertThat(report.get(2)).startsWith(catalog.csv("%s;P_nowhere;;;;4;".formatted(id("lost")))).contains("family");
        Api.asAdmin().get("/api/v1/products/{id}", id("invalid")).then().statusCode(404);
    }

    @Test
    void shouldRejectAnIdentifierRepeatedInTheFile() {
        JsonPath job = Imports.run("products", catalog.csv("SKU;family\n%s;P_shoes\n%s;P_shoes\n"
                .formatted(id("twice"), id("TWICE"))));

        assertThat(job.getInt("created")).isEqualTo(1);
        assertThat(job.getInt("rejected")).isEqualTo(1);
        assertThat(Imports.errors(job.getLong("id"))).contains("is already on line 2");
    }

    @Test
    void shouldRejectARowWithTheWrongNumberOfCells() {
        JsonPath job = Imports.run("products", catalog.csv("SKU;family\n%s;P_shoes;extra\n".formatted(id("wide"))));

        assertThat(job.getInt("rejected")).isEqualTo(1);
        assertThat(Imports.errors(job.getLong("id"))).contains("the row has 3 cells but the header has 2 columns");
    }

    @Test
    void shouldRefuseAFileWithUnknownColumns() {
        JsonPath job = Imports.run("products", catalog.csv("SKU;family;colour;P_name-xx_XX\n%s;P_shoes;red;x\n".formatted(id("unknown"))));

        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(job.getString("message")).contains("line 1").contains("[colour]").contains("xx_XX");
        Api.asAdmin().get("/api/v1/products/{id}", id("unknown")).then().statusCode(404);
    }

    @Test
    void shouldRequireTheIdentifierColumn() {
        JsonPath job = Imports.run("products", catalog.csv("family\nP_shoes\n"));

        assertThat(job.getString("message")).contains("the identifier column '%s' is missing".formatted(catalog.sku));
    }

    @Test
    void shouldReportWhatWouldHappenInADryRunWithoutWriting() {
        Imports.runClean("products", catalog.csv("SKU;family;P_count\n%s;P_shoes;1\n".formatted(id("dry-existing"))));

        JsonPath job = Imports.run("products", catalog.csv("SKU;family;P_count\n%s;P_shoes;2\n%s;P_shoes;1\n%s;P_shoes;x\n"
                .formatted(id("dry-existing"), id("dry-new"), id("dry-bad"))), Map.of("dryRun", "true"));

        assertThat(job.getString("status")).isEqualTo("completed");
        assertThat(List.of(job.getInt("created"), job.getInt("updated"), job.getInt("rejected"))).containsExactly(1, 1, 1);
        assertThat(job.getString("message")).contains("nothing was written");
        Api.asAdmin().get("/api/v1/products/{id}", id("dry-new")).then().statusCode(404);
        Api.asAdmin().get("/api/v1/products/{id}", id("dry-existing")).then().body("values." + catalog.p + "_count[0].data", equalTo(1));
    }

    @Test
    void shouldWriteNothingInAllOrNothingModeWhenOneRowIsInvalid() {
        JsonPath job = Imports.run("products", catalog.csv("SKU;family;P_count\n%s;P_shoes;1\n%s;P_shoes;x\n"
                .formatted(id("aon-good"), id("aon-bad"))), Map.of("allOrNothing", "true"));

        assertThat(job.getInt("rejected")).isEqualTo(1);
        assertThat(job.getString("message")).contains("nothing was written");
        Api.asAdmin().get("/api/v1/products/{id}", id("aon-good")).then().statusCode(404);
    }

    @Test
    void shouldWriteEveryRowInAllOrNothingModeWhenAllAreValid() {
        JsonPath job = Imports.run("products", catalog.csv("SKU;family;P_count\n%s;P_shoes;1\n%s;P_shoes;2\n"
                .formatted(id("aon-1"), id("aon-2"))), Map.of("allOrNothing", "true"));

        assertThat(job.getInt("created")).isEqualTo(2);
        Api.asAdmin().get("/api/v1/products/{id}", id("aon-2")).then().statusCode(200);
    }

    @Test
    void shouldLinkAssociationsToProductsFurtherDownTheFile() {
        JsonPath job = Imports.runClean("products", catalog.csv("""
                SKU;family;P_XSELL-products;P_XSELL-groups
                %s;P_shoes;%s,%s;P_similar
                %s;P_shoes;;
                %s;P_shoes;;
                """.formatted(id("hub"), id("spoke-1"), id("spoke-2"), id("spoke-1"), id("spoke-2"))));

        assertThat(job.getInt("created")).isEqualTo(3);
        Api.asAdmin().get("/api/v1/products/{id}", id("hub")).then()
                .body("associations." + catalog.p + "_XSELL.products", contains(id("spoke-1"), id("spoke-2")))
                .body("associations." + catalog.p + "_XSELL.groups", contains(catalog.p + "_similar"));
    }

    @Test
    void shouldRecordTheAssociationsLinkedFurtherDownTheFileInTheHistory() {
        Imports.runClean("products", catalog.csv("""
                SKU;family;P_XSELL-products
                %s;P_shoes;%s
                %s;P_shoes;
                """.formatted(id("told-hub"), id("told-spoke"), id("told-spoke"))));

        Api.asAdmin().get("/api/v1/history/product/{code}", id("told-hub")).then().statusCode(200)
                .body("items.action", contains("updated", "created"))
                .body("items[0].version", equalTo(1))
                .body("items[0].author", equalTo("admin"))
                .body("items[0].changes.find { it.field == '%s' }.after".formatted("associations.%s_XSELL.products".formatted(catalog.p)),
                        contains(id("told-spoke")));
    }

    @Test
    void shouldRejectAnAssociationToAProductThatExistsNowhere() {
        JsonPath job = Imports.run("products", catalog.csv("SKU;family;P_XSELL-products\n%s;P_shoes;%s\n"
                .formatted(id("lonely"), id("ghost"))));

        assertThat(job.getInt("rejected")).isEqualTo(1);
        assertThat(Imports.errors(job.getLong("id"))).contains("product '%s' does not exist".formatted(id("ghost")));
    }

    @Test
    void shouldImportProductModelsAndTheirVariants() {
        Imports.runClean("product_models", catalog.csv("""
                code;family_variant;categories;P_name-en_US;P_price-EUR
                %s;P_shoes_by_color;P_boots;Model boot;99
                """.formatted(id("model"))));

        JsonPath job = Imports.runClean("products", catalog.csv("""
                SKU;parent;P_color;P_name-en_US;P_price-EUR
                %s;%s;black;Model boot;99
                %s;%s;white;;
                """.formatted(id("variant-black"), id("model"), id("variant-white"), id("model"))));

        assertThat(job.getInt("created")).isEqualTo(2);
        Api.asAdmin().get("/api/v1/products/{id}", id("variant-black")).then()
                .body("family", equalTo(catalog.p + "_shoes"))
                .body("parent", equalTo(id("model")))
                .body("categories", contains(catalog.p + "_boots"))
                .body("values." + catalog.p + "_name[0].data", equalTo("Model boot"));
    }

    @Test
    void shouldRejectAVariantRepeatingTheAxisValueOfASibling() {
        Imports.runClean("product_models", catalog.csv("code;family_variant\n%s;P_shoes_by_color\n".formatted(id("axes"))));

        JsonPath job = Imports.run("products", catalog.csv("SKU;parent;P_color\n%s;%s;red\n%s;%s;red\n"
                .formatted(id("axis-1"), id("axes"), id("axis-2"), id("axes"))));

        assertThat(job.getInt("created")).isEqualTo(1);
        assertThat(job.getInt("rejected")).isEqualTo(1);
        assertThat(Imports.errors(job.getLong("id"))).contains("already the variant");
    }

    @Test
    void shouldRejectAValueAnotherProductHoldsForAUniqueAttribute() {
        JsonPath job = Imports.run("products", catalog.csv("SKU;family;P_ean\n%s;P_shoes;111\n%s;P_shoes;111\n"
                .formatted(id("ean-1"), id("ean-2"))));

        assertThat(job.getInt("created")).isEqualTo(1);
        assertThat(Imports.errors(job.getLong("id"))).contains("is unique");
    }

    @Test
    void shouldRejectAMediaFileMissingFromTheZip() {
        JsonPath job = Imports.run("products", catalog.csv("SKU;family;P_picture\n%s;P_shoes;images/none.png\n".formatted(id("nopic"))));

        assertThat(job.getInt("rejected")).isEqualTo(1);
        assertThat(Imports.errors(job.getLong("id"))).contains("images/none.png");
    }

    @ParameterizedTest(name = "separator {0}")
    @ValueSource(strings = {",", "\t", ";"})
    void shouldReadEachSeparator(String separator) {
        String sku = id("sep-" + (int) separator.charAt(0));
        JsonPath job = Imports.runClean("products", String.join(separator, catalog.sku, "family", catalog.p + "_name-en_US") + "\r\n"
                + String.join(separator, sku, catalog.p + "_shoes", "\"A, b; c\"") + "\r\n");

        assertThat(job.getInt("created")).isEqualTo(1);
        Api.asAdmin().get("/api/v1/products/{id}", sku).then().body("values." + catalog.p + "_name[0].data", equalTo("A, b; c"));
    }

    @Test
    void shouldReadAFileWithAByteOrderMark() {
        byte[] csv = catalog.csv("\uFEFFSKU;family\n%s;P_shoes\n".formatted(id("bom"))).getBytes(StandardCharsets.UTF_8);

        JsonPath job = Imports.run("products", csv, "bom.csv", Map.of());

        assertThat(job.getInt("created")).isEqualTo(1);
    }

    @Test
    void shouldRefuseWithTheUploadAFileThatIsNotUtf8NamingTheLine() {
        byte[] latin1 = catalog.csv("SKU;family;P_name-fr_FR\n%s;P_shoes;Botte\n%s;P_shoes;Été\n"
                .formatted(id("latin-1"), id("latin-2"))).getBytes(StandardCharsets.ISO_8859_1);

        Imports.upload("admin", "products", latin1, "latin1.csv", Map.of()).then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("line 3: the file is not valid UTF-8"));
    }

    @Test
    void shouldFailTheJobWithoutWritingWhenAnInvalidByteComesLate() {
        StringBuilder csv = new StringBuilder(catalog.csv("SKU;family;P_name-fr_FR\n"));
        for (int i = 0; i < 3000; i++) {
            csv.append(id("late-" + i)).append(';').append(catalog.p).append("_shoes;Botte\n");
        }
        csv.append(id("late-x")).append(';').append(catalog.p).append("_shoes;Été\n");

        JsonPath job = Imports.run("products", csv.toString().getBytes(StandardCharsets.ISO_8859_1), "late.csv", Map.of());

        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(job.getString("message")).contains("line 3002").contains("not valid UTF-8");
        Api.asAdmin().get("/api/v1/products/{id}", id("late-0")).then().statusCode(404);
    }

    @Test
    void shouldRefuseAnUnclosedQuoteBeforeWritingAnyRow() {
        JsonPath job = Imports.run("products", catalog.csv("SKU;family;P_name-en_US\n%s;P_shoes;fine\n%s;P_shoes;\"never closed\n"
                .formatted(id("quote-1"), id("quote-2"))));

        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(job.getString("message")).contains("line 3").contains("never closed");
        Api.asAdmin().get("/api/v1/products/{id}", id("quote-1")).then().statusCode(404);
    }

    @Test
    void shouldCancelARunningImportKeepingTheCommittedBatches() {
        StringBuilder csv = new StringBuilder(catalog.csv("SKU;family;P_name-en_US;P_description-en_US-P_web\n"));
        for (int i = 0; i < 30_000; i++) {
            csv.append(id("bulk-" + i)).append(';').append(catalog.p).append("_shoes;Name ").append(i).append(";Some description\n");
        }
        long id = Imports.start("products", csv.toString().getBytes(StandardCharsets.UTF_8), "bulk.csv", Map.of());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> Imports.job(id).getInt("read") > 0);

        Api.asAdmin().delete("/api/v1/imports/{id}", id).then().statusCode(202);

        JsonPath job = Imports.awaitFinished(id);
        assertThat(job.getString("status")).isEqualTo("cancelled");
        assertThat(job.getInt("created")).isLessThan(30_000);
        assertThat(job.getString("message")).contains("are kept");
        // batches still being written when the cancellation was noticed are committed and counted
        assertThat(job.getInt("created")).isEqualTo(storedProducts(id("bulk-")));
        Api.asAdmin().get("/api/v1/products/{id}", id("bulk-0")).then().statusCode(200);
        // thousands of products nobody searches for: gone, so later tests' search does not wait behind their indexing
        sql("delete from product where identifier like ? || '%'", id("bulk-"));
    }

    @Inject
    DataSource dataSource;

    private void sql(String statement, String parameter) {
        try (var connection = dataSource.getConnection(); var update = connection.prepareStatement(statement)) {
            update.setString(1, parameter);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int storedProducts(String identifierPrefix) {
        try (var connection = dataSource.getConnection();
             var count = connection.prepareStatement("select count(*) from product where identifier like ? || '%'")) {
            count.setString(1, identifierPrefix);
            try (var rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int history(String kind, String code) {
        return Api.asAdmin().get("/api/v1/history/{kind}/{code}?limit=100", kind, code).then().statusCode(200)
                .extract().jsonPath().getList("items").size();
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
