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

/** Akeneo's hand-made catalog: product models, family variants, images, associations, two locales. */
@QuarkusTest
@TestProfile(AkeneoApiCatalogTest.OwnDatabase.class)
class AkeneoApiCatalogTest extends AkeneoCatalogTest {

    /** A profile of its own: the application restarts on an empty database. */
    public static class OwnDatabase implements QuarkusTestProfile {
    }

    @Test
    void shouldImportTheApiCatalogWithModelsImagesAndAssociations() throws IOException {
        Path fixtures = AKENEO.resolve("api/fixtures");
        importStructure(fixtures);
        JsonPath models = Imports.run("product_models", Files.readAllBytes(fixtures.resolve("product_models.csv")), "product_models.csv", Map.of());
        assertThat(models.getInt("rejected")).as(Imports.errors(models.getLong("id"))).isZero();
        byte[] zip = zipWithImages(fixtures);

        JsonPath job = Imports.run("products", zip, "products.zip", Map.of());

        assertThat(job.getString("status")).as(job.prettify()).isEqualTo("completed");
        assertThat(job.getInt("rejected")).as(Imports.errors(job.getLong("id"))).isZero();
        Api.asAdmin().get("/api/v1/products/big_boot").then().statusCode(200)
                .body("associations.X_SELL.products", org.hamcrest.Matchers.contains("medium_boot", "small_boot"))
                .body("values.price[0].data.find { it.currency == 'EUR' }.amount", equalTo("120.00"));
        String original = Files.readString(fixtures.resolve("products.csv"));
        String exported = export("family=boots,heels,sneakers,sandals");
        assertSameProducts(original, exported, "sku");
        assertThat(exportedModels()).contains("rain_boots_blue;rain_boots_color_size;rain_boots;");
    }

}
