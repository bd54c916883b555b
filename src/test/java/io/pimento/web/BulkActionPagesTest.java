package io.pimento.web;

import io.pimento.imports.TestCatalog;
import io.pimento.testing.Api;
import io.pimento.testing.SearchBacklog;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Bulk actions from the product grid: selection, the action form, the job page and its report. */
@QuarkusTest
class BulkActionPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Pattern JOB = Pattern.compile("/ui/bulk-actions/(\\d+)$");

    static TestCatalog catalog;

    @BeforeEach
    void importCatalog() {
        if (catalog == null) {
            catalog = TestCatalog.create();
        }
    }

    /** New products of this class's family; each test makes its own. */
    private static List<String> products(int count) {
        List<String> identifiers = new ArrayList<>();
        String batch = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < count; i++) {
            String identifier = catalog.p + "_bulk_" + batch + "_" + i;
            Api.asAdmin().body(Map.of("identifier", identifier, "family", catalog.p + "_shoes",
                            "values", Map.of(catalog.p + "_name", List.of(Map.of("locale", "en_US", "data", "Bulk boot " + i)))))
                    .post("/api/v1/products").then().statusCode(201);
            identifiers.add(identifier);
        }
        return identifiers;
    }

    private static Response post(UiSession session, String path, Map<String, ?> fields, List<String> identifiers) {
        var request = session.request().contentType(FORM).formParam("csrf-token", session.csrfToken("/ui/products"));
        fields.forEach(request::formParam);
        identifiers.forEach(identifier -> request.formParam("identifier", identifier));
        return session.keep(request.post(path));
    }

    @Test
    void shouldOfferBulkActionsToEditorsOnlyAndRefuseViewers() {
        assertThat(UiSession.login("editor").page("/ui/products?family=" + catalog.p + "_shoes"))
                .contains("form=\"bulk-selection\"", "aria-label=\"Select this page\"", "Act on the selected products");
        UiSession viewer = UiSession.login("viewer");
        assertThat(viewer.page("/ui/products")).doesNotContain("bulk-selection", "Act on the selected");
        viewer.request().get("/ui/bulk-actions/1").then().statusCode(403);
        // the viewer's form token is real: the refusal is about the role, not the token
        viewer.request().contentType(FORM).formParam("csrf-token", viewer.csrfToken("/ui/segments")).formParam("all", "true")
                .post("/ui/bulk-actions/new").then().statusCode(403);
    }

    @Test
    void shouldSelectAllResultsOfTheSearchAsItsCount() {
        products(3);
        String family = catalog.p + "_shoes";
        SearchBacklog.awaitDrained(Duration.ofSeconds(2), Duration.ofSeconds(30), "bulk products");
        int total = Api.asViewer().queryParam("family", family).get("/api/v1/search/products").then().extract().path("total");

        String page = post(UiSession.login("editor"), "/ui/bulk-actions/new", Map.of("all", "true", "family", family), List.of())
                .then().statusCode(200).extract().asString();

        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(page).contains("All <strong>" + String.format("%,d", total) + "</strong> results of the search")
                .contains("<input type=\"hidden\" name=\"family\" value=\"" + family + "\">")
                .doesNotContain("name=\"identifier\"");
    }

    @Test
    void shouldDisableTheSelectedProductsAndShowTheJobToTheEnd() {
        List<String> identifiers = products(3);
        UiSession editor = UiSession.login("editor");

        String location = post(editor, "/ui/bulk-actions", Map.of("action", "disable"), identifiers.subList(0, 2))
                .then().statusCode(303).extract().header("Location");
        Matcher job = JOB.matcher(location);
        assertThat(job.find()).as(location).isTrue();

        assertThat(editor.page("/ui/bulk-actions/" + job.group(1))).contains("Bulk action #" + job.group(1), "Disable", "<progress");
        SearchBacklog.await("the job finished", Duration.ofSeconds(30), () ->
                assertThat(editor.page("/ui/bulk-actions/" + job.group(1) + "/progress"))
                        .contains("badge-completed", "2 of 2 products processed", "<dd data-counter=\"changed\">2</dd>")
                        .doesNotContain("hx-trigger"));
        Api.asViewer().get("/api/v1/products/" + identifiers.get(0)).then().body("enabled", equalTo(false));
        Api.asViewer().get("/api/v1/products/" + identifiers.get(2)).then().body("enabled", equalTo(true));
    }

    @Test
    void shouldAskForTheConfirmationBeforeDeleting() {
        List<String> identifiers = products(1);
        UiSession editor = UiSession.login("editor");

        String refused = post(editor, "/ui/bulk-actions", Map.of("action", "delete"), identifiers)
                .then().statusCode(422).extract().asString();
        assertThat(refused).contains("id=\"confirm-error\"", "cannot be undone", "Yes, delete 1 product");
        Api.asViewer().get("/api/v1/products/" + identifiers.get(0)).then().statusCode(200);

        post(editor, "/ui/bulk-actions", Map.of("action", "delete", "confirm", "true"), identifiers).then().statusCode(303);
        SearchBacklog.await("the product deleted", Duration.ofSeconds(30), () ->
                Api.asViewer().get("/api/v1/products/" + identifiers.get(0)).then().statusCode(404));
    }

    @Test
    void shouldShowARefusedValueNextToItsField() {
        List<String> identifiers = products(1);
        String page = post(UiSession.login("editor"), "/ui/bulk-actions",
                Map.of("action", "set_value", "actionAttribute", "no_such_attribute_" + catalog.p, "actionValue", "x"), identifiers)
                .then().statusCode(422).extract().asString();
        assertThat(page).contains("id=\"attribute-error\"", "attribute &#39;no_such_attribute_" + catalog.p + "&#39; does not exist");
    }
}
