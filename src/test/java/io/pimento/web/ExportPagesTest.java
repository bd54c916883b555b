package io.pimento.web;

import io.pimento.imports.Imports;
import io.pimento.imports.TestCatalog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class ExportPagesTest {

    static TestCatalog catalog;

    @BeforeEach
    void importCatalog() {
        if (catalog == null) {
            catalog = TestCatalog.create();
            Imports.runClean("products", catalog.csv("SKU;family;P_name-en_US\nP_exported;P_shoes;Exported boot\n"));
        }
    }

    @Test
    void shouldOfferEveryKindOfFileAndTheProductFilters() {
        String page = UiSession.login("viewer").page("/ui/exports");

        assertThat(page).contains("action=\"/ui/exports/download\"", "<option value=\"families\">Families</option>",
                "<option value=\"" + catalog.p + "_web\">", "name=\"locales\" value=\"fr_FR\"", "id=\"completeness\"",
                "type=\"date\"");
    }

    @Test
    void shouldDownloadFilteredProducts() {
        Response response = UiSession.login("viewer").request()
                .queryParams(Map.of("type", "products", "family", catalog.p + "_shoes", "channel", catalog.p + "_web",
                        "locales", "en_US", "delimiter", ";"))
                .get("/ui/exports/download");

        response.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("products.csv"));
        assertThat(response.asString()).contains(catalog.p + "_exported", "Exported boot");
    }

    @Test
    void shouldDownloadStructureFiles() {
        Response response = UiSession.login("viewer").request()
                .queryParams(Map.of("type", "channels", "delimiter", ","))
                .get("/ui/exports/download");

        response.then().statusCode(200);
        assertThat(response.asString()).startsWith("code,").contains(catalog.p + "_web");
    }

    @Test
    void shouldShowTheFormAgainWithTheReasonOfARefusal() {
        UiSession.login("viewer").get("/ui/exports/download?type=products&channel=no_such_channel&completeness=50").then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("alert-error"))
                .body(containsString("no_such_channel"))
                .body(containsString("value=\"50\""));
    }

    @Test
    void shouldRefuseACompletenessOutOfRange() {
        UiSession.login("viewer").get("/ui/exports/download?type=products&completeness=120").then()
                .statusCode(400)
                .body(containsString("from 0 to 100"));
    }
}
