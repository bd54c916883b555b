package io.pimento.web;

import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class SegmentPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @Test
    void shouldListSegmentsWithTheirNames() {
        String code = created(Map.of("field", "device", "op", "eq", "value", "mobile"));

        String page = UiSession.login("viewer").page("/ui/segments");

        assertThat(page).contains(">Listed " + code + "</a>", "<code>" + code + "</code>", "Try it");
    }

    @Test
    void shouldCreateASegmentFromTheConditionForm() {
        UiSession session = UiSession.login("editor");
        String code = code();
        Response response = post(session, "/ui/segments/new", "/ui/segments", form(code, "Form made")
                .rows(row("0", "all"), row("0.0", "field", "visits", "", "between", "2", "5"),
                        row("0.1", "any"), row("0.1.0", "field", "ctx.", "store", "in", "paris, lyon", ""),
                        row("0.1.1", "behavior", "purchased", "", "gte", "1", "history"),
                        row("0.2", "not"), row("0.2.0", "field", "tier", "", "eq", "gold", "")));

        response.then().statusCode(303).header("Location", endsWith("/ui/segments/" + code));
        Map<String, Object> condition = Api.asViewer().get("/api/v1/segments/" + code).then().statusCode(200).extract().path("condition");
        assertThat(condition).isEqualTo(Map.of("all", List.of(
                Map.of("field", "visits", "op", "between", "value", List.of(2, 5)),
                Map.of("any", List.of(Map.of("field", "ctx.store", "op", "in", "value", List.of("paris", "lyon")),
                        Map.of("behavior", "purchased", "op", "gte", "count", 1, "within", "history"))),
                Map.of("not", Map.of("field", "tier", "op", "eq", "value", "gold")))));
    }

    @Test
    void shouldShowABadOperatorNextToItsRow() {
        UiSession session = UiSession.login("editor");

        Response response = post(session, "/ui/segments/new", "/ui/segments", form(code(), "Bad operator")
                .rows(row("0", "all"), row("0.0", "field", "device", "", "eq", "mobile", ""),
                        row("0.1", "field", "visits", "", "contains", "3", "")));

        response.then().statusCode(422);
        assertThat(rowHtml(response.asString(), "c0-1")).contains("&#39;contains&#39; does not apply to visits", "name=\"n.op\" aria-label=\"Operator\" aria-invalid=\"true\"");
        assertThat(rowHtml(response.asString(), "c0-0")).doesNotContain("field-error");
    }

    @Test
    void shouldShowAMissingValueNextToItsRow() {
        UiSession session = UiSession.login("editor");

        Response response = post(session, "/ui/segments/new", "/ui/segments", form(code(), "Missing value")
                .rows(row("0", "any"), row("0.0", "field", "country", "", "eq", "", "")));

        response.then().statusCode(422);
        assertThat(rowHtml(response.asString(), "c0-0")).contains("&#39;eq&#39; needs a value: a string");
    }

    @Test
    void shouldShowAMissingNameNextToTheNameField() {
        UiSession session = UiSession.login("editor");

        post(session, "/ui/segments/new", "/ui/segments", form(code(), "")
                .rows(row("0", "all"), row("0.0", "field", "device", "", "eq", "mobile", ""))).then()
                .statusCode(422)
                .body(containsString("id=\"name-error\">a segment needs a name"))
                .body(containsString("value=\"mobile\""));
    }

    @Test
    void shouldShowAStoredConditionInTheForm() {
        String code = created(Map.of("any", List.of(Map.of("field", "tier", "op", "in", "value", List.of("gold", "platinum")),
                Map.of("field", "ctx.age", "op", "between", "value", List.of(18, 25)))));

        String page = UiSession.login("editor").page("/ui/segments/" + code);

        assertThat(rowHtml(page, "c0-0")).contains("<option value=\"tier\" selected>", "<option value=\"in\" selected>", "value=\"gold, platinum\"");
        assertThat(rowHtml(page, "c0-1")).contains("<option value=\"ctx.\" selected>", "value=\"age\"", "value=\"18\"", "value=\"25\"");
    }

    @Test
    void shouldSaveAnEditedSegment() {
        String code = created(Map.of("field", "device", "op", "eq", "value", "mobile"));
        UiSession session = UiSession.login("editor");

        post(session, "/ui/segments/" + code, "/ui/segments/" + code, form(code, "Renamed").param("original", code).param("version", "0")
                .rows(row("0", "all"), row("0.0", "field", "new", "", "eq", "true", ""))).then()
                .statusCode(303);

        Api.asViewer().get("/api/v1/segments/" + code).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Renamed"))
                .body("condition.all[0].value", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void shouldAddAGroupThroughTheEditorFragment() {
        UiSession session = UiSession.login("editor");
        String token = session.csrfToken("/ui/segments/new");

        Response fragment = form(code(), "Growing").rows(row("0", "all"), row("0.0", "field", "device", "", "eq", "mobile", ""))
                .param("edit", "add-group:0").send(session.request().header("HX-Request", "true"), token).post("/ui/segments/editor");

        fragment.then().statusCode(200);
        assertThat(fragment.asString().strip()).startsWith("<div id=\"condition-editor\">").doesNotContain("<html")
                .contains("id=\"c0-1\"", "id=\"c0-1-0\"", "value=\"mobile\"");
    }

    @Test
    void shouldRemoveARowThroughTheEditorFragment() {
        UiSession session = UiSession.login("editor");
        String token = session.csrfToken("/ui/segments/new");

        Response fragment = form(code(), "Shrinking").rows(row("0", "all"), row("0.0", "field", "device", "", "eq", "mobile", ""),
                        row("0.1", "field", "country", "", "eq", "FR", ""))
                .param("edit", "remove:0.0").send(session.request().header("HX-Request", "true"), token).post("/ui/segments/editor");

        assertThat(fragment.asString()).contains("value=\"FR\"").doesNotContain("value=\"mobile\"", "id=\"c0-1\"");
    }

    @Test
    void shouldSaveTheAdvancedJson() {
        UiSession session = UiSession.login("editor");
        String code = code();

        post(session, "/ui/segments/new", "/ui/segments", form(code, "From JSON").param("useJson", "true")
                .param("json", "{\"field\": \"utm_source\", \"op\": \"eq\", \"value\": \"newsletter\"}")
                .rows(row("0", "all"))).then().statusCode(303);

        Api.asViewer().get("/api/v1/segments/" + code).then().statusCode(200)
                .body("condition.value", org.hamcrest.Matchers.equalTo("newsletter"));
    }

    @Test
    void shouldShowMalformedJsonNextToTheTextarea() {
        UiSession session = UiSession.login("editor");

        post(session, "/ui/segments/new", "/ui/segments", form(code(), "Broken JSON").param("useJson", "true")
                .param("json", "{\"field\": ").rows(row("0", "all"))).then()
                .statusCode(422)
                .body(containsString("id=\"json-error\">this is not JSON"));
    }

    @Test
    void shouldDeleteASegmentAfterConfirmation() {
        String code = created(Map.of("field", "device", "op", "eq", "value", "tablet"));
        UiSession session = UiSession.login("editor");
        String token = session.csrfToken("/ui/segments/" + code + "/delete");

        session.keep(session.request().contentType(FORM).formParam("csrf-token", token).post("/ui/segments/" + code + "/delete"))
                .then().statusCode(303).header("Location", endsWith("/ui/segments"));

        Api.asViewer().get("/api/v1/segments/" + code).then().statusCode(404);
        assertThat(session.page("/ui/segments")).contains("Segment " + code + " deleted.");
    }

    @Test
    void shouldShowViewersASegmentReadOnly() {
        String code = created(Map.of("field", "device", "op", "eq", "value", "mobile"));

        String page = UiSession.login("viewer").page("/ui/segments/" + code);

        assertThat(page).contains("<fieldset class=\"plain\" disabled>").doesNotContain("Save the segment", "+ Field");
    }

    @Test
    void shouldShowViewersAForbiddenPageWhenTheySave() {
        String code = created(Map.of("field", "device", "op", "eq", "value", "mobile"));
        UiSession session = UiSession.login("viewer");
        String token = session.csrfToken("/ui/segments");

        form(code, "Hijacked").rows(row("0", "all"), row("0.0", "field", "device", "", "eq", "desktop", ""))
                .send(session.request(), token).post("/ui/segments/" + code).then()
                .statusCode(403).contentType(containsString("text/html"))
                .body(containsString("your role does not allow this operation"));
        Api.asViewer().get("/api/v1/segments/" + code).then().body("name", org.hamcrest.Matchers.equalTo("Listed " + code));
    }

    @Test
    void shouldRefuseASaveWithoutTheCsrfToken() {
        UiSession session = UiSession.login("editor");
        session.csrfToken("/ui/segments/new");
        String code = code();

        form(code, "Forged").rows(row("0", "all"), row("0.0", "field", "device", "", "eq", "mobile", ""))
                .send(session.request(), null).post("/ui/segments").then()
                .statusCode(400);
        Api.asViewer().get("/api/v1/segments/" + code).then().statusCode(404);
    }

    @Test
    void shouldTellWhichSegmentsAVisitorContextMatches() {
        String field = "ctx.ui_" + UUID.randomUUID().toString().substring(0, 8);
        String code = created(Map.of("field", field, "op", "gte", "value", 3));

        Response result = UiSession.login("viewer").request().header("HX-Request", "true")
                .queryParam("context", field + "=4\ndevice=mobile").get("/ui/segments/try");

        result.then().statusCode(200);
        assertThat(result.asString().strip()).startsWith("<div id=\"try-result\"").contains(">Listed " + code + "</a>", field + " gte 3");
    }

    @Test
    void shouldShowAContextLineThatIsNotKeyValue() {
        UiSession.login("viewer").request().queryParam("context", "device mobile").get("/ui/segments/try").then()
                .statusCode(200)
                .body(containsString("line 1, &#39;device mobile&#39;, is not key=value"))
                .body(containsString("<title>Segments"));
    }

    @Test
    void shouldShowAWrongContextValueByItsField() {
        UiSession.login("viewer").request().header("HX-Request", "true").queryParam("context", "visits=many")
                .get("/ui/segments/try").then()
                .statusCode(200)
                .body(containsString("<code>context.visits</code>: visits must be a whole number"))
                .body(not(containsString("<html")));
    }

    // ---- helpers

    private static String code() {
        return "ui_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** A segment made through the API, named "Listed <code>". */
    private static String created(Map<String, Object> condition) {
        String code = code();
        Api.asEditor().contentType("application/json").body(Map.of("code", code, "name", "Listed " + code, "condition", condition))
                .post("/api/v1/segments").then().statusCode(201);
        return code;
    }

    /** The HTML of one node of the condition editor, from its element to the next node. */
    private static String rowHtml(String page, String htmlId) {
        int start = page.indexOf("id=\"" + htmlId + "\"");
        assertThat(start).as("node " + htmlId).isNotNegative();
        int end = page.indexOf("name=\"n.id\"", start);
        return end < 0 ? page.substring(start) : page.substring(start, end);
    }

    private static Response post(UiSession session, String pageWithForm, String action, SegmentForm form) {
        String token = session.csrfToken(pageWithForm);
        return session.keep(form.send(session.request(), token).post(action));
    }

    /** A condition node as the form sends it: id, kind and, for rows, their inputs. */
    private static String[] row(String id, String kind, String... inputs) {
        String[] all = new String[9];
        all[0] = id;
        all[1] = kind;
        System.arraycopy(inputs, 0, all, 2, inputs.length);
        return all;
    }

    private static SegmentForm form(String code, String name) {
        return new SegmentForm().param("code", code).param("name", name);
    }

    /** The segment form's fields, with the condition tree as the n.* lists. */
    private static final class SegmentForm {
        private final Map<String, String> params = new java.util.LinkedHashMap<>();
        private final Map<String, List<String>> lists = new java.util.LinkedHashMap<>();

        SegmentForm param(String name, String value) {
            params.put(name, value);
            return this;
        }

        SegmentForm rows(String[]... rows) {
            for (String[] row : rows) {
                boolean behavior = "behavior".equals(row[1]);
                boolean group = !behavior && !"field".equals(row[1]);
                add("n.id", row[0]);
                add("n.kind", row[1]);
                add("n.field", group || behavior ? "" : row[2]);
                add("n.custom", group || behavior ? "" : row[3]);
                add("n.op", group ? "" : behavior ? row[4] : row[4]);
                add("n.value", group ? "" : behavior ? row[3] : row[5]);
                add("n.value2", group || behavior ? "" : row[6]);
                add("n.behavior", behavior ? row[2] : "");
                add("n.count", behavior ? row[5] : "");
                add("n.within", behavior ? row[6] : "");
            }
            return this;
        }

        private void add(String name, String value) {
            lists.computeIfAbsent(name, n -> new java.util.ArrayList<>()).add(value == null ? "" : value);
        }

        RequestSpecification send(RequestSpecification request, String token) {
            RequestSpecification spec = request.contentType(FORM);
            if (token != null) {
                spec = spec.formParam("csrf-token", token);
            }
            for (var entry : params.entrySet()) {
                spec = spec.formParam(entry.getKey(), entry.getValue());
            }
            for (var entry : lists.entrySet()) {
                spec = spec.formParam(entry.getKey(), entry.getValue());
            }
            return spec;
        }
    }
}
