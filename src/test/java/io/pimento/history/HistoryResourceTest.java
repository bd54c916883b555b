package io.pimento.history;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.pimento.catalog.Fixtures.unique;
import static io.pimento.testing.Api.asAdmin;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class HistoryResourceTest {

    private static String groupWithFourVersions() {
        String code = unique("group");
        asAdmin().body(Map.of("code", code)).post("/api/v1/attribute-groups").then().statusCode(201);
        for (int order = 1; order <= 3; order++) {
            asAdmin().body(Map.of("sort_order", order)).patch("/api/v1/attribute-groups/{code}", code).then().statusCode(200);
        }
        return code;
    }

    @Test
    void shouldListChangesNewestFirstWithBeforeAndAfter() {
        String code = groupWithFourVersions();

        asViewer().get("/api/v1/history/attribute_group/{code}", code)
                .then().statusCode(200)
                .body("items.version", contains(3, 2, 1, 0))
                .body("items.action", contains("updated", "updated", "updated", "created"))
                .body("items[0].author", equalTo("admin"))
                .body("items[0].changed_at", notNullValue())
                .body("items[0].changes[0].field", equalTo("sort_order"))
                .body("items[0].changes[0].before", equalTo(2))
                .body("items[0].changes[0].after", equalTo(3));
    }

    @Test
    void shouldPageThroughHistory() {
        String code = groupWithFourVersions();

        String next = asViewer().queryParam("limit", 3).get("/api/v1/history/attribute-groups/{code}", code)
                .then().statusCode(200)
                .body("items.version", contains(3, 2, 1))
                .extract().path("next");
        asViewer().queryParam("limit", 3).queryParam("after", next).get("/api/v1/history/attribute-groups/{code}", code)
                .then().statusCode(200)
                .body("items.version", contains(0))
                .body("next", nullValue());
    }

    @Test
    void shouldRecordDeletion() {
        String code = unique("group");
        asAdmin().body(Map.of("code", code)).post("/api/v1/attribute-groups").then().statusCode(201);

        asAdmin().delete("/api/v1/attribute-groups/{code}", code).then().statusCode(204);

        asViewer().get("/api/v1/history/attribute_group/{code}", code)
                .then().statusCode(200)
                .body("items.action", contains("deleted", "created"));
    }

    @Test
    void shouldNotServeHistoryOfNonCatalogKinds() {
        asViewer().get("/api/v1/history/user/admin").then().statusCode(404);
    }
}
