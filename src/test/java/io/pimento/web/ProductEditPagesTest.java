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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.lessThan;

@QuarkusTest
class ProductEditPagesTest {

    private static final Pattern VERSION_FIELD = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    static TestCatalog catalog;

    @BeforeEach
    void createCatalog() {
        if (catalog == null) {
            catalog = TestCatalog.create();
        }
    }

    @Test
    void shouldSaveTextNumberPriceSelectAndBooleanValuesThroughTheApisWritePath() {
        String sku = product(Map.of(p("name"), List.of(value("en_US", null, "Harbour boot"))));
        UiSession editor = UiSession.login("editor");

        Map<String, Object> form = openForm(editor, sku);
        form.put("v." + p("name"), "Harbour boot XL");
        form.put("v." + p("count"), "7");
        form.put("v." + p("price") + ".EUR", "19.90");
        form.put("v." + p("color"), "red");
        form.put("v." + p("handmade"), "false");
        form.put("v." + p("sizes"), List.of("38", "40"));
        form.put("v." + p("length") + ".amount", "12.5");
        form.put("v." + p("length") + ".unit", "CENTIMETER");
        form.put("v." + p("release"), "2027-03-01");
        form.put("categories", p("boots"));
        Response saved = post(editor, sku, form);

        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        assertThat(saved.header("Location")).contains("/ui/products/" + sku + "/edit?locale=en_US&channel=" + p("web"));
        JsonPath product = Api.asViewer().get("/api/v1/products/" + sku).then().statusCode(200).extract().jsonPath();
        assertThat(product.getString("values." + p("name") + "[0].data")).isEqualTo("Harbour boot XL");
        assertThat(product.getInt("values." + p("count") + "[0].data")).isEqualTo(7);
        assertThat(product.getString("values." + p("price") + "[0].data[0].amount")).isEqualTo("19.90");
        assertThat(product.getString("values." + p("color") + "[0].data")).isEqualTo("red");
        assertThat(product.getBoolean("values." + p("handmade") + "[0].data")).isFalse();
        assertThat(product.getList("values." + p("sizes") + "[0].data")).containsExactly("38", "40");
        assertThat(product.getString("values." + p("length") + "[0].data.amount")).isEqualTo("12.5");
        assertThat(product.getString("values." + p("length") + "[0].data.unit")).isEqualTo("CENTIMETER");
        assertThat(product.getString("values." + p("release") + "[0].data")).isEqualTo("2027-03-01");
        assertThat(product.getList("categories")).containsExactly(p("boots"));
        assertThat(product.getInt("version")).isEqualTo(Integer.parseInt((String) form.get("version")) + 1);
        String history = Api.asViewer().get("/api/v1/products/" + sku + "/history").then().statusCode(200).extract().asString();
        assertThat(history).contains("\"author\":\"editor\"", "values." + p("name") + ".en_US");
        assertThat(editor.page(saved.header("Location"))).contains("Product saved (version " + product.getInt("version") + ").", "value=\"Harbour boot XL\"",
                "<option value=\"red\" selected>Red</option>");
    }

    @Test
    void shouldShowAValidationErrorNextToItsFieldAndSaveNothing() {
        String sku = product(Map.of(p("name"), List.of(value("en_US", null, "Quay boot"))));
        UiSession editor = UiSession.login("editor");

        Map<String, Object> form = openForm(editor, sku);
        form.put("v." + p("name"), "Quay boot renamed");
        form.put("v." + p("count"), "seven");
        Response refused = post(editor, sku, form);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.asString())
                .containsPattern("id=\"error-" + p("count") + "\">[^<]*expects a number[^<]*</p>")
                .contains("aria-invalid=\"true\" aria-describedby=\"error-" + p("count") + "\"")
                .contains("value=\"seven\"", "value=\"Quay boot renamed\"");
        JsonPath product = Api.asViewer().get("/api/v1/products/" + sku).then().statusCode(200).extract().jsonPath();
        assertThat(product.getString("values." + p("name") + "[0].data")).isEqualTo("Quay boot");
        assertThat(product.getInt("version")).isEqualTo(Integer.parseInt((String) form.get("version")));
    }

    @Test
    void shouldRefuseASaveOverAnotherWritersChangeAndOfferToReapply() {
        String sku = product(Map.of(p("name"), List.of(value("en_US", null, "Dock boot")), p("count"), List.of(value(null, null, 1))));
        UiSession editor = UiSession.login("editor");
        Map<String, Object> form = openForm(editor, sku);
        form.put("v." + p("name"), "Dock boot");
        form.put("v." + p("count"), "1");
        Api.asAdmin().contentType("application/json")
                .body(Map.of("values", Map.of(p("name"), List.of(value("en_US", null, "Dock boot (theirs)")),
                        p("count"), List.of(value(null, null, 2)))))
                .patch("/api/v1/products/" + sku).then().statusCode(200);

        form.put("v." + p("name"), "Dock boot (mine)");
        Response refused = post(editor, sku, form);

        assertThat(refused.statusCode()).isEqualTo(409);
        String page = refused.asString();
        assertThat(page).contains("someone else saved this product after you opened it", "you edited version %s, it is now at version %d".formatted(form.get("version"),
                        Integer.parseInt((String) form.get("version")) + 1),
                "Dock boot (theirs)", "Changed by someone else too")
                // the name the user typed is kept; the count they left alone now shows the other writer's
                .contains("value=\"Dock boot (mine)\"")
                .containsPattern("name=\"v\\." + p("count") + "\" type=\"text\" inputmode=\"decimal\" value=\"2\"");
        assertThat(Api.asViewer().get("/api/v1/products/" + sku).then().statusCode(200).extract().jsonPath()
                .getString("values." + p("name") + "[0].data")).isEqualTo("Dock boot (theirs)");

        Map<String, Object> again = new HashMap<>(form);
        again.put("version", versionOf(page));
        again.put("v." + p("count"), "2"); // as the refused page shows it
        assertThat(post(editor, sku, again).statusCode()).isEqualTo(303);
        JsonPath product = Api.asViewer().get("/api/v1/products/" + sku).then().statusCode(200).extract().jsonPath();
        assertThat(product.getString("values." + p("name") + "[0].data")).isEqualTo("Dock boot (mine)");
        assertThat(product.getInt("values." + p("count") + "[0].data")).isEqualTo(2);
    }

    @Test
    void shouldWriteNoNewVersionWhenNothingChanged() {
        String sku = product(Map.of());
        UiSession editor = UiSession.login("editor");
        Map<String, Object> form = openForm(editor, sku);

        Response saved = post(editor, sku, form);

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(editor.page(saved.header("Location"))).contains("Nothing to save: no value changed.");
        assertThat(Api.asViewer().get("/api/v1/products/" + sku).then().extract().jsonPath().getInt("version"))
                .isEqualTo(Integer.parseInt((String) form.get("version")));
    }

    @Test
    void shouldRefuseTheFormToViewers() {
        // reviewers rank above editors in Pimento (docs/security.md), so they may edit like editors
        String sku = product(Map.of());
        UiSession viewer = UiSession.login("viewer");

        assertThat(viewer.page("/ui/products/" + sku)).doesNotContain("/edit\"");
        viewer.get("/ui/products/" + sku + "/edit").then().statusCode(403);
        viewer.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", viewer.csrfToken("/ui/products/" + sku))
                .formParam("version", "1").formParam("enabled", "false")
                .post("/ui/products/" + sku + "/edit").then().statusCode(403);
        assertThat(UiSession.login("editor").page("/ui/products/" + sku)).contains("href=\"/ui/products/" + sku + "/edit\"");
        assertThat(UiSession.login("admin").page("/ui/products/" + sku + "/edit")).contains("<h1>Edit ");
        assertThat(Api.asViewer().get("/api/v1/products/" + sku).then().extract().jsonPath().getBoolean("enabled")).isTrue();
    }

    @Test
    void shouldShowLabelsInTheChosenLocaleAsText() {
        Api.asAdmin().contentType("application/json").body(Map.of("labels", Map.of("fr_FR", "<script>alert('x')</script>")))
                .patch("/api/v1/attributes/" + p("name")).then().statusCode(lessThan(300));
        String sku = product(Map.of());

        String english = UiSession.login("editor").page("/ui/products/" + sku + "/edit?locale=en_US&channel=" + p("web"));
        String french = UiSession.login("editor").page("/ui/products/" + sku + "/edit?locale=fr_FR&channel=" + p("web"));

        assertThat(english).contains(">Name</label>", "<option value=\"black\">Black</option>", "<legend>Info ");
        assertThat(french).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").doesNotContain("<script>alert")
                // no French label: the code, not the English label
                .contains("<option value=\"black\">black</option>");
    }

    @Test
    void shouldLinkMissingAttributesOfTheCompletenessPanelToTheirInputs() {
        String sku = product(Map.of());

        String page = UiSession.login("editor").page("/ui/products/" + sku + "/edit?locale=en_US&channel=" + p("web"));

        assertThat(page).contains("id=\"attr-" + p("name") + "\"",
                "href=\"/ui/products/" + sku + "/edit?locale=en_US&amp;channel=" + p("web") + "#attr-" + p("name") + "\">Name</a>");
    }

    @Test
    void shouldShowAVariantsInheritedValuesReadOnlyWithTheModelTheyComeFrom() {
        String model = "model_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Api.asAdmin().contentType("application/json").body(Map.of("code", model, "family_variant", p("shoes_by_color"),
                "values", Map.of(p("name"), List.of(value("en_US", null, "Mooring boot")))))
                .post("/api/v1/product-models").then().statusCode(201);
        String sku = "edit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Api.asAdmin().contentType("application/json").body(Map.of("identifier", sku, "parent", model,
                "values", Map.of(p("color"), List.of(value(null, null, "white")))))
                .post("/api/v1/products").then().statusCode(201);

        String page = UiSession.login("editor").page("/ui/products/" + sku + "/edit?locale=en_US&channel=" + p("web"));

        assertThat(page).contains("name=\"v." + p("name") + "\" type=\"text\" value=\"Mooring boot\" disabled>",
                        "<code>" + model + "</code></a>: edit it there.")
                .contains("<select id=\"in-" + p("color") + "\" name=\"v." + p("color") + "\">")
                .contains("<option value=\"white\" selected>White</option>");
    }

    @Test
    void shouldSaveAModelsLevelAndShowTheNewValueOnItsVariants() {
        String model = model("Mooring boot");
        String sku = variant(model, "white");
        UiSession editor = UiSession.login("editor");
        String variantPage = editor.page("/ui/products/" + sku + "/edit?locale=en_US&channel=" + p("web"));
        assertThat(variantPage).contains("From product model <a href=\"/ui/product-models/" + model + "/edit?locale=en_US&amp;channel=" + p("web")
                + "#attr-" + p("name") + "\"><code>" + model + "</code></a>");

        Map<String, Object> form = openFormAt(editor, "/ui/product-models/" + model + "/edit?locale=en_US&channel=" + p("web"));
        assertThat(editor.page("/ui/product-models/" + model + "/edit?locale=en_US&channel=" + p("web")))
                .contains("<h1>Edit product model ", "value=\"Mooring boot\"")
                // the variants' own attributes are not the model's to edit
                .doesNotContain("name=\"v." + p("color") + "\"", "name=\"enabled\"");
        form.remove("enabled");
        form.put("v." + p("name"), "Mooring boot II");
        Response saved = postTo(editor, "/ui/product-models/" + model + "/edit", form);

        assertThat(saved.statusCode()).as(saved.asString()).isEqualTo(303);
        assertThat(editor.page(saved.header("Location"))).contains("Product model saved (version", "value=\"Mooring boot II\"");
        assertThat(Api.asViewer().get("/api/v1/product-models/" + model).then().statusCode(200).extract().jsonPath()
                .getString("values." + p("name") + "[0].data")).isEqualTo("Mooring boot II");
        assertThat(editor.page("/ui/products/" + sku + "/edit?locale=en_US&channel=" + p("web")))
                .contains("name=\"v." + p("name") + "\" type=\"text\" value=\"Mooring boot II\" disabled>");
        assertThat(Api.asViewer().get("/api/v1/products/" + sku).then().statusCode(200).extract().jsonPath()
                .getString("values." + p("name") + "[0].data")).isEqualTo("Mooring boot II");
    }

    @Test
    void shouldRefuseAStaleSaveOfAModelAndWriteNothing() {
        String model = model("Slip boot");
        UiSession editor = UiSession.login("editor");
        Map<String, Object> form = openFormAt(editor, "/ui/product-models/" + model + "/edit?locale=en_US&channel=" + p("web"));
        form.remove("enabled");
        Api.asAdmin().contentType("application/json").body(Map.of("values", Map.of(p("name"), List.of(value("en_US", null, "Slip boot (theirs)")))))
                .patch("/api/v1/product-models/" + model).then().statusCode(200);

        form.put("v." + p("name"), "Slip boot (mine)");
        Response refused = postTo(editor, "/ui/product-models/" + model + "/edit", form);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("someone else saved this product model after you opened it", "value=\"Slip boot (mine)\"");
        assertThat(Api.asViewer().get("/api/v1/product-models/" + model).then().statusCode(200).extract().jsonPath()
                .getString("values." + p("name") + "[0].data")).isEqualTo("Slip boot (theirs)");
    }

    @Test
    void shouldRefuseTheModelFormToViewers() {
        String model = model("Deck boot");
        UiSession viewer = UiSession.login("viewer");

        viewer.get("/ui/product-models/" + model + "/edit").then().statusCode(403);
        viewer.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", viewer.csrfToken("/ui"))
                .formParam("version", "0").formParam("v." + p("name"), "Deck boot (viewer)")
                .post("/ui/product-models/" + model + "/edit").then().statusCode(403);
        assertThat(Api.asViewer().get("/api/v1/product-models/" + model).then().statusCode(200).extract().jsonPath()
                .getString("values." + p("name") + "[0].data")).isEqualTo("Deck boot");
    }

    private static String model(String name) {
        String model = "model_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Api.asAdmin().contentType("application/json").body(Map.of("code", model, "family_variant", p("shoes_by_color"),
                        "values", Map.of(p("name"), List.of(value("en_US", null, name)))))
                .post("/api/v1/product-models").then().statusCode(201);
        return model;
    }

    private static String variant(String model, String color) {
        String sku = "edit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Api.asAdmin().contentType("application/json").body(Map.of("identifier", sku, "parent", model,
                        "values", Map.of(p("color"), List.of(value(null, null, color)))))
                .post("/api/v1/products").then().statusCode(201);
        return sku;
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

    /** A product of the catalog's family with these values, unique to the test. */
    private static String product(Map<String, Object> values) {
        String sku = "edit_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Api.asAdmin().contentType("application/json").body(Map.of("identifier", sku, "family", p("shoes"), "values", values))
                .post("/api/v1/products").then().statusCode(201);
        return sku;
    }

    /** The form's hidden fields and CSRF token, as a browser would send them back unchanged. */
    private static Map<String, Object> openForm(UiSession session, String sku) {
        return openFormAt(session, "/ui/products/" + sku + "/edit?locale=en_US&channel=" + p("web"));
    }

    /** The form's hidden fields and CSRF token at that path (a product's or a model's form). */
    private static Map<String, Object> openFormAt(UiSession session, String path) {
        String page = session.page(path);
        Map<String, Object> form = new HashMap<>();
        Matcher csrf = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).isTrue();
        form.put("csrf-token", csrf.group(1));
        form.put("version", versionOf(page));
        form.put("locale", "en_US");
        form.put("channel", p("web"));
        form.put("enabled", "true");
        return form;
    }

    private static String versionOf(String page) {
        Matcher version = VERSION_FIELD.matcher(page);
        assertThat(version.find()).as("the version field").isTrue();
        return version.group(1);
    }

    private static Response post(UiSession session, String sku, Map<String, Object> form) {
        return postTo(session, "/ui/products/" + sku + "/edit", form);
    }

    private static Response postTo(UiSession session, String path, Map<String, Object> form) {
        var request = session.request().contentType("application/x-www-form-urlencoded");
        form.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                request.formParam(name, list.toArray());
            } else {
                request.formParam(name, value);
            }
        });
        return session.keep(request.post(path));
    }
}
