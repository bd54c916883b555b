package io.pimento.catalog.group;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.pimento.catalog.Fixtures.unique;
import static io.pimento.testing.Api.asAdmin;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class ProductGroupResourceTest {

    @Test
    void shouldCreateGroupWithItsType() {
        String code = unique("summer");

        asAdmin().body(Map.of("code", code, "type", "xsell")).post("/api/v1/groups")
                .then().statusCode(201)
                .body("type", equalTo("XSELL"));
        asViewer().get("/api/v1/groups/{code}", code).then().statusCode(200).body("type", equalTo("XSELL"));
    }

    @Test
    void shouldRequireType() {
        asAdmin().body(Map.of("code", unique("summer"))).post("/api/v1/groups")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    void shouldRefuseChangingType() {
        String code = unique("summer");
        asAdmin().body(Map.of("code", code, "type", "RELATED")).post("/api/v1/groups").then().statusCode(201);

        asAdmin().body(Map.of("type", "XSELL")).patch("/api/v1/groups/{code}", code)
                .then().statusCode(422)
                .body("errors[0].field", equalTo("type"));
    }

    @Test
    void shouldRefuseDeletingGroupOfProducts() {
        String code = unique("summer");
        asAdmin().body(Map.of("code", code, "type", "RELATED")).post("/api/v1/groups").then().statusCode(201);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                        .createNativeQuery("insert into product (identifier, groups) values (:identifier, jsonb_build_array(cast(:group as text)))")
                        .setParameter("identifier", unique("product"))
                        .setParameter("group", code)
                        .executeUpdate());

        asAdmin().delete("/api/v1/groups/{code}", code)
                .then().statusCode(409)
                .body("detail", containsString("products"));
    }
}
