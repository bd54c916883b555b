package io.pimento.catalog.association;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.pimento.catalog.Fixtures.unique;
import static io.pimento.testing.Api.asAdmin;
import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class AssociationTypeResourceTest {

    @Test
    void shouldCreateQuantifiedAssociationType() {
        String code = unique("PACK");

        asAdmin().body(Map.of("code", code, "is_quantified", true)).post("/api/v1/association-types")
                .then().statusCode(201)
                .body("is_quantified", equalTo(true))
                .body("is_two_way", equalTo(false));
        asViewer().get("/api/v1/association-types/{code}", code).then().statusCode(200).body("is_quantified", equalTo(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"is_two_way", "is_quantified"})
    void shouldRefuseChangingKindOfAssociation(String property) {
        String code = unique("X_SELL");
        asAdmin().body(Map.of("code", code)).post("/api/v1/association-types").then().statusCode(201);

        asAdmin().body(Map.of(property, true)).patch("/api/v1/association-types/{code}", code)
                .then().statusCode(422)
                .body("errors[0].field", equalTo(property));
    }

    @Test
    void shouldRefuseTwoWayQuantifiedAssociation() {
        asAdmin().body(Map.of("code", unique("BOTH"), "is_two_way", true, "is_quantified", true)).post("/api/v1/association-types")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("is_quantified"));
    }

    @Test
    void shouldRefuseDeletingAssociationTypeUsedByProducts() {
        String code = unique("UPSELL");
        asAdmin().body(Map.of("code", code)).post("/api/v1/association-types").then().statusCode(201);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                io.quarkus.hibernate.orm.panache.Panache.getEntityManager()
                        .createNativeQuery("insert into product (identifier, associations) values (:identifier, jsonb_build_object(cast(:type as text), '{}'::jsonb))")
                        .setParameter("identifier", unique("product"))
                        .setParameter("type", code)
                        .executeUpdate());

        asAdmin().delete("/api/v1/association-types/{code}", code)
                .then().statusCode(409)
                .body("detail", containsString("product"));
    }
}
