package io.pimento.imports;

import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Akeneo's generated catalog: 5,000 products, about 100 attributes of every type, 50 families. */
@QuarkusTest
@TestProfile(AkeneoSmallCatalogTest.OwnDatabase.class)
class AkeneoSmallCatalogTest extends AkeneoCatalogTest {

    /** A profile of its own: the application restarts on an empty database. */
    public static class OwnDatabase implements QuarkusTestProfile {
    }

    @Test
    void shouldImportTheSmallCatalogWithoutRejectionAndExportItBack() throws IOException {
        Path fixtures = AKENEO.resolve("small/fixtures");
        importStructure(fixtures);
        byte[] products = gunzip(AKENEO.resolve("small/products.csv.gz"));

        JsonPath job = Imports.run("products", products, "products.csv", Map.of());

        assertThat(job.getString("status")).as(job.prettify()).isEqualTo("completed");
        assertThat(job.getInt("rejected")).as(Imports.errors(job.getLong("id"))).isZero();
        assertThat(job.getInt("read")).isEqualTo(5000);
        assertSameProducts(new String(products, StandardCharsets.UTF_8), export("family=" + families(products)), "sku");

        JsonPath again = Imports.run("products", products, "products.csv", Map.of());
        assertThat(again.getInt("unchanged")).isEqualTo(5000);
    }

}
