package io.pimento.web;

import io.pimento.imports.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class ProductHistoryRestoreTest {

    static TestCatalog catalog;

    @BeforeEach
    void createCatalog() {
        if (catalog == null) {
            catalog = TestCatalog.create();
        }
    }

    @Test
    void shouldRestoreOneValueAsANewVersionByTheRestoringUser() {
        String sku = product(Map.of(p("name"), List.of(value("en_US", null, "Anchor boot")), p("count"), List.of(value(null, null, 3))));
        patch(sku, Map.of(p("name"), List.of(value("en_US", null, "Anchor boot (typo)")), p("count"), List.of(value(null, null, 4))));
        UiSession editor = UiSession.login("editor");
        assertThat(editor.page("/ui/products/" + sku)).contains("Name · en_US</span>: Anchor boot → Anchor boot (typo)", "Restore previous value");

        Response restored = restore(editor, sku, Map.of("entry", "1", "field", "values." + p("name") + ".en_US", "version", "1"));

        assertThat(restored.statusCode()).as(restored.asString()).isEqualTo(303);
        assertThat(restored.header("Location")).endsWith("/ui/products/" + sku + "#history");
        JsonPath product = product(sku);
        assertThat(product.getString("values." + p("name") + "[0].data")).isEqualTo("Anchor boot");
        assertThat(product.getInt("values." + p("count") + "[0].data")).as("only the one value").isEqualTo(4);
        assertThat(product.getInt("version")).isEqualTo(2);
        JsonPath latest = history(sku);
        assertThat(latest.getInt("items[0].version")).isEqualTo(2);
        assertThat(latest.getString("items[0].author")).isEqualTo("editor");
        assertThat(latest.getList("items[0].changes.field")).containsExactly("values." + p("name") + ".en_US");
        assertThat(editor.page(restored.header("Location"))).contains("Value of values." + p("name") + ".en_US restored as version 2.");
    }

    @Test
    void shouldRestoreAWholeVersion() {
        String sku = product(Map.of(p("name"), List.of(value("en_US", null, "Keel boot")), p("count"), List.of(value(null, null, 1))));
        patch(sku, Map.of(p("name"), List.of(value("en_US", null, "Keel boot II"))));
        Api.asAdmin().contentType("application/json")
                .body(Map.of("enabled", false, "values", Map.of(p("count"), List.of(value(null, null, 9)), p("color"), List.of(value(null, null, "red")))))
                .patch("/api/v1/products/" + sku).then().statusCode(200);
        UiSession editor = UiSession.login("editor");
        assertThat(editor.page("/ui/products/" + sku)).contains("Restore version 0", "Restore version 1").doesNotContain("Restore version 2");

        Response restored = restore(editor, sku, Map.of("entry", "0", "version", "2"));

        assertThat(restored.statusCode()).as(restored.asString()).isEqualTo(303);
        JsonPath product = product(sku);
        assertThat(product.getString("values." + p("name") + "[0].data")).isEqualTo("Keel boot");
        assertThat(product.getInt("values." + p("count") + "[0].data")).isEqualTo(1);
        assertThat(product.getMap("values")).doesNotContainKey(p("color"));
        assertThat(product.getBoolean("enabled")).isTrue();
        assertThat(product.getInt("version")).isEqualTo(3);
        JsonPath latest = history(sku);
        assertThat(latest.getString("items[0].author")).isEqualTo("editor");
        assertThat(latest.getList("items[0].changes.field")).contains("enabled", "values." + p("color"), "values." + p("count"),
                "values." + p("name") + ".en_US");
        assertThat(editor.page(restored.header("Location"))).contains("Version 0 restored as version 3.");
    }

    @Test
    void shouldShowWhyARestoreNoLongerValidatesAndWriteNothing() {
        String option = "gone_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Api.asAdmin().contentType("application/json").body(Map.of("code", option))
                .post("/api/v1/attributes/" + p("color") + "/options").then().statusCode(201);
        String sku = product(Map.of(p("color"), List.of(value(null, null, option)), p("name"), List.of(value("en_US", null, "Bilge boot"))));
        patch(sku, Map.of(p("color"), List.of(value(null, null, "black")), p("name"), List.of(value("en_US", null, "Bilge boot 2"))));
        Api.asAdmin().delete("/api/v1/attributes/" + p("color") + "/options/" + option).then().statusCode(204);
        UiSession editor = UiSession.login("editor");

        Response refused = restore(editor, sku, Map.of("entry", "0", "version", "1"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString()).contains("id=\"restore-refused\"", "Not restored: the catalog no longer accepts the values of version 0. Nothing was written.")
                .containsPattern("<li>[^<]*" + option + "[^<]*does not exist[^<]*</li>");
        JsonPath product = product(sku);
        assertThat(product.getString("values." + p("color") + "[0].data")).isEqualTo("black");
        assertThat(product.getString("values." + p("name") + "[0].data")).as("nothing half-applied").isEqualTo("Bilge boot 2");
        assertThat(product.getInt("version")).isEqualTo(1);
    }

    @Test
    void shouldRefuseARestoreFromAStalePage() {
        String sku = product(Map.of(p("name"), List.of(value("en_US", null, "Hull boot"))));
        patch(sku, Map.of(p("name"), List.of(value("en_US", null, "Hull boot 2"))));
        patch(sku, Map.of(p("name"), List.of(value("en_US", null, "Hull boot 3"))));

        Response refused = restore(UiSession.login("editor"), sku, Map.of("entry", "1", "field", "values." + p("name") + ".en_US", "version", "1"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("the product changed since this page was shown (version 1, now 2)");
        assertThat(product(sku).getString("values." + p("name") + "[0].data")).isEqualTo("Hull boot 3");
    }

    @Test
    void shouldGiveViewersNoRestoreButtonAndRefuseTheirPost() {
        String sku = product(Map.of(p("name"), List.of(value("en_US", null, "Mast boot"))));
        patch(sku, Map.of(p("name"), List.of(value("en_US", null, "Mast boot 2"))));
        UiSession viewer = UiSession.login("viewer");

        assertThat(viewer.page("/ui/products/" + sku)).contains("Mast boot → Mast boot 2").doesNotContain("/history/restore", "Restore ");
        restore(viewer, sku, Map.of("entry", "0", "version", "1")).then().statusCode(403);

        assertThat(product(sku).getInt("version")).isEqualTo(1);
    }

    @Test
    void shouldPageThroughTheWholeHistory() {
        String sku = product(Map.of(p("count"), List.of(value(null, null, 0))));
        for (int i = 1; i <= 11; i++) {
            patch(sku, Map.of(p("count"), List.of(value(null, null, i))));
        }
        UiSession viewer = UiSession.login("viewer");

        String newest = viewer.page("/ui/products/" + sku);
        assertThat(newest).contains("(version 11)", "(version 2)").doesNotContain("(version 1)", "Newest changes");
        java.util.regex.Matcher older = java.util.regex.Pattern.compile("href=\"(/ui/products/" + sku + "\\?history=[^\"#]+)#history\">Older changes").matcher(newest);
        assertThat(older.find()).isTrue();
        String oldest = viewer.page(older.group(1).replace("&amp;", "&"));
        assertThat(oldest).contains("(version 1)", "(version 0)", "Newest changes").doesNotContain("(version 2)", "Older changes");
    }

    private static Response restore(UiSession session, String sku, Map<String, String> fields) {
        var request = session.request().contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", session.csrfToken("/ui/products/" + sku));
        fields.forEach(request::formParam);
        return session.keep(request.post("/ui/products/" + sku + "/history/restore"));
    }

    private static String p(String code) {
        return catalog.p + "_" + code;
    }

    private static Map<String, Object> value(String locale, String scope, Object data) {
        Map<String, Object> value = new HashMap<>();
        value.put("locale", locale);
        value.put("scope", scope);
        value.put("data", data);
        return value;
    }

    private static String product(Map<String, Object> values) {
        String sku = "restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Api.asAdmin().contentType("application/json").body(Map.of("identifier", sku, "family", p("shoes"), "values", values))
                .post("/api/v1/products").then().statusCode(201);
        return sku;
    }

    private static void patch(String sku, Map<String, Object> values) {
        Api.asAdmin().contentType("application/json").body(Map.of("values", values))
                .patch("/api/v1/products/" + sku).then().statusCode(200);
    }

    private static JsonPath product(String sku) {
        return Api.asViewer().get("/api/v1/products/" + sku).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath history(String sku) {
        return Api.asViewer().get("/api/v1/products/" + sku + "/history").then().statusCode(200).extract().jsonPath();
    }
}
