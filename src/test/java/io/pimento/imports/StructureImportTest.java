package io.pimento.imports;

import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class StructureImportTest {

    /** Imported once for the class, before its first test (REST Assured only knows the app's port in a test). */
    static TestCatalog catalog;

    @BeforeEach
    void importCatalog() {
        if (catalog != null) {
            return;
        }
        catalog = TestCatalog.create();
    }

    @Test
    void shouldImportCategoriesWithTheirParentFromTheSameFile() {
        Api.asAdmin().get("/api/v1/categories/{code}", catalog.p + "_boots").then().statusCode(200)
                .body("parent", equalTo(catalog.p + "_shoes"))
                .body("labels.en_US", equalTo("Boots"));
    }

    @Test
    void shouldImportChannelsWithTreeLocalesAndCurrencies() {
        Api.asAdmin().get("/api/v1/channels/{code}", catalog.p + "_web").then().statusCode(200)
                .body("category_tree", equalTo(catalog.p + "_master"))
                .body("locales", contains("en_US", "fr_FR"))
                .body("currencies", contains("EUR", "USD"));
    }

    @Test
    void shouldMapAkeneoAttributeTypesAndSettings() {
        Api.asAdmin().get("/api/v1/attributes/{code}", catalog.p + "_length").then().statusCode(200)
                .body("type", equalTo("metric"))
                .body("metric_family", equalTo("Length"))
                .body("default_metric_unit", equalTo("CENTIMETER"));
        Api.asAdmin().get("/api/v1/attributes/{code}", catalog.p + "_description").then().statusCode(200)
                .body("type", equalTo("textarea"))
                .body("localizable", equalTo(true))
                .body("scopable", equalTo(true));
        Api.asAdmin().get("/api/v1/attributes/{code}", catalog.p + "_picture").then().statusCode(200)
                .body("allowed_extensions", contains("png", "jpg"));
    }

    @Test
    void shouldImportAttributeOptionsWithLabels() {
        Api.asAdmin().get("/api/v1/attributes/{attribute}/options/{code}", catalog.p + "_color", "white").then().statusCode(200)
                .body("labels.en_US", equalTo("White"))
                .body("sort_order", equalTo(2));
    }

    @Test
    void shouldImportFamiliesWithRequirementsPerChannel() {
        Api.asAdmin().get("/api/v1/families/{code}", catalog.p + "_shoes").then().statusCode(200)
                .body("attribute_as_label", equalTo(catalog.p + "_name"))
                .body("attribute_requirements." + catalog.p + "_web", hasItems(catalog.p + "_name", catalog.p + "_price"));
    }

    @Test
    void shouldImportFamilyVariantsWithAxes() {
        Api.asAdmin().get("/api/v1/families/{family}/variants/{code}", catalog.p + "_shoes", catalog.p + "_shoes_by_color")
                .then().statusCode(200)
                .body("variant_attribute_sets[0].axes", contains(catalog.p + "_color"));
    }

    @Test
    void shouldImportAssociationTypesAndGroups() {
        Api.asAdmin().get("/api/v1/association-types/{code}", catalog.p + "_XSELL").then().statusCode(200)
                .body("labels.en_US", equalTo("Cross sell"));
        Api.asAdmin().get("/api/v1/groups/{code}", catalog.p + "_similar").then().statusCode(200)
                .body("type", equalTo("RELATED"));
    }

    @Test
    void shouldCountUnchangedRowsOnReimport() {
        JsonPath job = Imports.run("attribute_groups", catalog.csv("code;sort_order;label-en_US\nP_info;1;Info\n"));

        assertThat(job.getInt("unchanged")).isEqualTo(1);
        assertThat(job.getInt("updated")).isZero();
    }

    @Test
    void shouldChangeOnlyTheColumnsPresent() {
        Imports.runClean("attribute_groups", catalog.csv("code;sort_order;label-en_US;label-fr_FR\nP_only;5;Only;Seul\n"));

        JsonPath job = Imports.runClean("attribute_groups", catalog.csv("code;label-fr_FR\nP_only;Unique\n"));

        assertThat(job.getInt("updated")).isEqualTo(1);
        Api.asAdmin().get("/api/v1/attribute-groups/{code}", catalog.p + "_only").then().statusCode(200)
                .body("sort_order", equalTo(5))
                .body("labels.en_US", equalTo("Only"))
                .body("labels.fr_FR", equalTo("Unique"));
    }

    @Test
    void shouldClearALabelWithAnEmptyCell() {
        Imports.runClean("attribute_groups", catalog.csv("code;label-en_US;label-fr_FR\nP_cleared;Cleared;Effacé\n"));

        Imports.runClean("attribute_groups", catalog.csv("code;label-fr_FR\nP_cleared;\n"));

        Api.asAdmin().get("/api/v1/attribute-groups/{code}", catalog.p + "_cleared").then().statusCode(200)
                .body("labels", equalTo(Map.of("en_US", "Cleared")));
    }

    @Test
    void shouldRejectInvalidRowsAndImportTheOthers() {
        JsonPath job = Imports.run("attributes", catalog.csv("""
                code;type;group
                P_fine;pim_catalog_text;P_info
                P_odd;pim_catalog_teleport;P_info
                P_orphan;pim_catalog_text;P_nowhere
                """));

        assertThat(job.getString("status")).isEqualTo("completed");
        assertThat(job.getInt("created")).isEqualTo(1);
        assertThat(job.getInt("rejected")).isEqualTo(2);
        String errors = Imports.errors(job.getLong("id"));
        assertThat(errors.lines().toList()).hasSize(3);
        assertThat(errors.lines().findFirst().orElseThrow()).isEqualTo("code;type;group;line;errors");
        assertThat(errors).contains(catalog.p + "_odd;pim_catalog_teleport;" + catalog.p + "_info;3;")
                .contains("teleport")
                .contains(catalog.p + "_orphan;pim_catalog_text;" + catalog.p + "_nowhere;4;");
    }

    @Test
    void shouldRefuseAFileWithAnUnknownColumn() {
        JsonPath job = Imports.run("attribute_groups", catalog.csv("code;colour\nP_x;red\n"));

        assertThat(job.getString("status")).isEqualTo("failed");
        assertThat(job.getString("message")).contains("line 1").contains("unknown column(s) [colour]");
    }

    @Test
    void shouldValidateWithoutWritingInADryRun() {
        JsonPath job = Imports.run("categories", catalog.csv("""
                code;parent;label-en_US
                P_dry;P_master;Dry
                P_dry_child;P_dry;Dry child
                P_dry_orphan;P_missing;Orphan
                """), Map.of("dryRun", "true"));

        assertThat(job.getString("status")).isEqualTo("completed");
        assertThat(job.getInt("created")).isEqualTo(2);
        assertThat(job.getInt("rejected")).isEqualTo(1);
        assertThat(job.getString("message")).contains("nothing was written");
        Api.asAdmin().get("/api/v1/categories/{code}", catalog.p + "_dry").then().statusCode(404);
    }

    @Test
    void shouldWriteNothingInAllOrNothingModeWhenARowIsInvalid() {
        JsonPath job = Imports.run("categories", catalog.csv("""
                code;parent
                P_aon;P_master
                P_aon_bad;P_missing
                """), Map.of("allOrNothing", "true"));

        assertThat(job.getInt("rejected")).isEqualTo(1);
        assertThat(job.getString("message")).contains("nothing was written");
        Api.asAdmin().get("/api/v1/categories/{code}", catalog.p + "_aon").then().statusCode(404);
    }

    @Test
    void shouldWriteEverythingInAllOrNothingModeWhenEveryRowIsValid() {
        JsonPath job = Imports.run("categories", catalog.csv("code;parent\nP_aon_ok;P_master\nP_aon_ok2;P_aon_ok\n"),
                Map.of("allOrNothing", "true"));

        assertThat(job.getInt("created")).isEqualTo(2);
        Api.asAdmin().get("/api/v1/categories/{code}", catalog.p + "_aon_ok2").then().statusCode(200);
    }

    @Test
    void shouldForbidStructureImportsToEditors() {
        Imports.upload("editor", "categories", "code\nx\n".getBytes(StandardCharsets.UTF_8), "c.csv", Map.of())
                .then().statusCode(403);
    }
}
