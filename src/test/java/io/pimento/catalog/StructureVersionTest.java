package io.pimento.catalog;

import io.pimento.catalog.product.CatalogFixtures;
import io.pimento.catalog.product.TestCatalog;
import io.pimento.testing.Api;
import io.pimento.testing.TestServices;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Every in-memory copy of the catalog structure follows the shared structure version: a change
 * written by another instance (its rows, then the version moved in the same transaction) is
 * known to this instance's product validation within the check interval (1 s), not 30 s later.
 */
@QuarkusTest
class StructureVersionTest {

    @Inject
    CatalogFixtures fixtures;

    @Test
    void shouldValidateWithAnOptionAnotherInstanceAddedWithinTheCheckInterval() throws SQLException {
        TestCatalog c = fixtures.standardCatalog();
        String sku = c.sku("teal-boot");
        Api.asEditor().body(Map.of("identifier", sku, "family", c.family())).post("/api/v1/products").then().statusCode(201);
        String teal = "{\"values\": {\"%s\": [{\"locale\": null, \"scope\": null, \"data\": \"teal\"}]}}".formatted(c.color());
        Api.asEditor().body(teal).patch("/api/v1/products/" + sku).then().statusCode(422);

        // what another instance does: the option and the version move in one transaction
        try (Connection connection = DriverManager.getConnection(TestServices.jdbcUrl(), "pimento", "pimento")) {
            connection.setAutoCommit(false);
            try (PreparedStatement option = connection.prepareStatement("insert into attribute_option (attribute, code) values (?, 'teal')");
                 Statement bump = connection.createStatement()) {
                option.setString(1, c.color());
                option.executeUpdate();
                bump.executeUpdate("update catalog_structure_version set version = version + 1 where id = 1");
            }
            connection.commit();
        }

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                Api.asEditor().body(teal).patch("/api/v1/products/" + sku).then().statusCode(200)
                        .body("values." + c.color() + "[0].data", equalTo("teal")));
    }
}
