package io.pimento.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.pimento.testing.Api.asAdmin;
import static io.pimento.testing.Api.asEditor;
import static io.pimento.testing.Api.asViewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The rules every structure resource shares (codes, versions, ETags, roles, pagination), checked
 * on each kind with the smallest valid body for it.
 */
@QuarkusTest
class StructureConventionsTest {

    /** A kind of structure resource: its collection URL and a minimal valid body (without code). */
    record Kind(String path, Supplier<Map<String, Object>> body) {
        @Override
        public String toString() {
            return path;
        }

        Map<String, Object> bodyWith(String code) {
            Map<String, Object> body = new HashMap<>(this.body.get());
            body.put("code", code);
            return body;
        }

        String create() {
            String code = Fixtures.unique("conv");
            asAdmin().body(bodyWith(code)).post(path).then().statusCode(201);
            return code;
        }
    }

    static Stream<Kind> kinds() {
        return Stream.of(
                new Kind("/api/v1/attribute-groups", Map::of),
                new Kind("/api/v1/attributes", () -> Map.of("type", "text", "group", Fixtures.attributeGroup(Fixtures.DEFAULT_GROUP))),
                new Kind("/api/v1/categories", Map::of),
                new Kind("/api/v1/channels", () -> Map.of("category_tree", Fixtures.rootCategory(),
                        "locales", List.of(Fixtures.locale("en_US")), "currencies", List.of(Fixtures.currency("EUR")))),
                new Kind("/api/v1/families", () -> {
                    Fixtures.identifier();
                    return Map.of();
                }),
                new Kind("/api/v1/association-types", Map::of),
                new Kind("/api/v1/groups", () -> Map.of("type", "RELATED")));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldCreateWithLocationAndEtag(Kind kind) {
        String code = Fixtures.unique("conv");

        asAdmin().body(kind.bodyWith(code)).post(kind.path())
                .then().statusCode(201)
                .header("Location", endsWith(kind.path() + "/" + code))
                .header("ETag", equalTo("\"0\""))
                .body("code", equalTo(code))
                .body("version", equalTo(0));

        asViewer().get(kind.path() + "/" + code).then().statusCode(200).body("code", equalTo(code));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldRefuseDuplicateCodeWhateverItsCase(Kind kind) {
        String code = kind.create();

        asAdmin().body(kind.bodyWith(code.toUpperCase())).post(kind.path())
                .then().statusCode(409)
                .body("errors[0].field", equalTo("code"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldFindResourceWhateverTheCaseOfItsCode(Kind kind) {
        String code = kind.create();

        asViewer().get(kind.path() + "/" + code.toUpperCase()).then().statusCode(200).body("code", equalTo(code));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldCreateWithPutAndReplaceAfterwards(Kind kind) {
        String code = Fixtures.unique("conv");

        asAdmin().body(kind.bodyWith(code)).put(kind.path() + "/" + code).then().statusCode(201).header("Location", notNullValue());
        Map<String, Object> labelled = kind.bodyWith(code);
        labelled.put("labels", Map.of("en_US", "Labelled"));
        asAdmin().body(labelled).put(kind.path() + "/" + code)
                .then().statusCode(200)
                .body("labels.en_US", equalTo("Labelled"))
                .body("version", equalTo(1))
                .header("ETag", equalTo("\"1\""));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldCreateWithPatchWhenMissing(Kind kind) {
        String code = Fixtures.unique("conv");

        asAdmin().body(kind.body().get()).patch(kind.path() + "/" + code).then().statusCode(201).body("code", equalTo(code));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldPatchOnlyGivenFieldsAndMergeLabels(Kind kind) {
        Fixtures.locale("en_US");
        Fixtures.locale("fr_FR");
        String code = kind.create();
        asAdmin().body(Map.of("labels", Map.of("en_US", "English"))).patch(kind.path() + "/" + code).then().statusCode(200);

        asAdmin().body(Map.of("labels", Map.of("fr_FR", "Français"))).patch(kind.path() + "/" + code)
                .then().statusCode(200)
                .body("labels.en_US", equalTo("English"))
                .body("labels.fr_FR", equalTo("Français"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldRemoveLabelPatchedToNull(Kind kind) {
        Fixtures.locale("en_US");
        String code = kind.create();
        asAdmin().body(Map.of("labels", Map.of("en_US", "English"))).patch(kind.path() + "/" + code).then().statusCode(200);
        Map<String, Object> labels = new HashMap<>();
        labels.put("en_US", null);

        asAdmin().body(Map.of("labels", labels)).patch(kind.path() + "/" + code)
                .then().statusCode(200)
                .body("labels.en_US", org.hamcrest.Matchers.nullValue());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldRefuseLabelInUnknownLocale(Kind kind) {
        Map<String, Object> body = kind.bodyWith(Fixtures.unique("conv"));
        body.put("labels", Map.of("xx_XX", "Nope", "english", "Nope"));

        asAdmin().body(body).post(kind.path())
                .then().statusCode(422)
                .body("errors.field", hasItem("labels.xx_XX"))
                .body("errors.field", hasItem("labels.english"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldRefuseStaleIfMatch(Kind kind) {
        String code = kind.create();
        asAdmin().body(Map.of("labels", Map.of("en_US", "v1"))).patch(kind.path() + "/" + code).then().statusCode(200);

        asAdmin().header("If-Match", "\"0\"").body(Map.of("labels", Map.of("en_US", "v2"))).patch(kind.path() + "/" + code)
                .then().statusCode(412);
        asViewer().get(kind.path() + "/" + code).then().body("labels.en_US", equalTo("v1"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldAcceptCurrentIfMatch(Kind kind) {
        String code = kind.create();
        String etag = asViewer().get(kind.path() + "/" + code).header("ETag");

        asAdmin().header("If-Match", etag).body(Map.of("labels", Map.of("en_US", "v1"))).patch(kind.path() + "/" + code)
                .then().statusCode(200);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldRefuseStaleVersionInBody(Kind kind) {
        String code = kind.create();
        asAdmin().body(Map.of("labels", Map.of("en_US", "v1"))).patch(kind.path() + "/" + code).then().statusCode(200);

        asAdmin().body(Map.of("labels", Map.of("en_US", "v2"), "version", 0)).patch(kind.path() + "/" + code)
                .then().statusCode(409)
                .body("errors[0].field", equalTo("version"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldRefuseCodeInBodyDifferentFromPath(Kind kind) {
        String code = kind.create();

        asAdmin().body(kind.bodyWith("other_code")).put(kind.path() + "/" + code)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("code"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldRefuseMalformedCode(Kind kind) {
        asAdmin().body(kind.bodyWith("has space")).post(kind.path())
                .then().statusCode(422)
                .body("errors[0].field", equalTo("code"));
        asAdmin().body(kind.bodyWith("x".repeat(101))).post(kind.path())
                .then().statusCode(422)
                .body("errors[0].field", equalTo("code"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldRefuseUnknownField(Kind kind) {
        Map<String, Object> body = kind.bodyWith(Fixtures.unique("conv"));
        body.put("colour", "red");

        asAdmin().body(body).post(kind.path())
                .then().statusCode(400)
                .body("errors[0].message", containsString("colour"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldDeleteAndForget(Kind kind) {
        String code = kind.create();

        asAdmin().delete(kind.path() + "/" + code).then().statusCode(204);
        asViewer().get(kind.path() + "/" + code).then().statusCode(404);
        asAdmin().delete(kind.path() + "/" + code).then().statusCode(404);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldRefuseDeleteWithStaleIfMatch(Kind kind) {
        String code = kind.create();
        asAdmin().body(Map.of("labels", Map.of("en_US", "v1"))).patch(kind.path() + "/" + code).then().statusCode(200);

        asAdmin().header("If-Match", "\"0\"").delete(kind.path() + "/" + code).then().statusCode(412);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldPageThroughEveryResourceInCodeOrder(Kind kind) {
        List<String> created = List.of(kind.create(), kind.create(), kind.create());

        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Response page = asViewer().queryParam("limit", 2).queryParam("after", after == null ? "" : after).get(kind.path());
            page.then().statusCode(200);
            List<String> codes = page.jsonPath().getList("items.code");
            assertThat(codes).hasSizeLessThanOrEqualTo(2);
            seen.addAll(codes);
            after = page.jsonPath().getString("next");
            pages++;
        } while (after != null && pages < 1000);

        assertThat(seen).containsAll(created).doesNotHaveDuplicates().isSorted();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101})
    void shouldRefuseLimitOutOfRange(int limit) {
        asViewer().queryParam("limit", limit).get("/api/v1/attribute-groups")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void shouldRefuseTamperedCursor() {
        asViewer().queryParam("after", "%%%").get("/api/v1/families")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("after"));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldForbidWritesToViewerAndEditor(Kind kind) {
        Map<String, Object> body = kind.bodyWith(Fixtures.unique("conv"));

        asViewer().body(body).post(kind.path()).then().statusCode(403);
        asEditor().body(body).post(kind.path()).then().statusCode(403);
        asViewer().get(kind.path() + "/" + body.get("code")).then().statusCode(404);
    }

    @Test
    void shouldRequireAuthentication() {
        io.restassured.RestAssured.given().get("/api/v1/families").then().statusCode(401);
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void shouldRecordNoHistoryWhenNothingChanges(Kind kind) {
        String code = kind.create();
        String kindName = kind.path().substring("/api/v1/".length());

        asAdmin().body(Map.of()).patch(kind.path() + "/" + code).then().statusCode(200).body("version", equalTo(0));

        asViewer().get("/api/v1/history/" + kindName + "/" + code)
                .then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].action", equalTo("created"));
    }
}
