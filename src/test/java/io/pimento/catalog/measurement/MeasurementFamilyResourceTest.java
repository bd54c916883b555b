package io.pimento.catalog.measurement;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.pimento.testing.Api.asViewer;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class MeasurementFamilyResourceTest {

    @Test
    void shouldListBuiltInFamilies() {
        asViewer().get("/api/v1/measurement-families")
                .then().statusCode(200)
                .body("items.code", hasItems("Length", "Weight", "Volume", "Area", "Temperature", "Duration", "Frequency",
                        "Power", "Voltage", "ElectricCharge", "Binary", "Speed"))
                .body("next", nullValue());
    }

    @Test
    void shouldShowUnitsWithFactorsAsStrings() {
        asViewer().get("/api/v1/measurement-families/Weight")
                .then().statusCode(200)
                .body("standard_unit", equalTo("KILOGRAM"))
                .body("units.find { it.code == 'GRAM' }.symbol", equalTo("g"))
                .body("units.find { it.code == 'GRAM' }.factor", equalTo("0.001"))
                .body("units.find { it.code == 'GRAM' }.offset", nullValue());
    }

    @Test
    void shouldShowTemperatureOffsets() {
        asViewer().get("/api/v1/measurement-families/temperature")
                .then().statusCode(200)
                .body("units.find { it.code == 'CELSIUS' }.offset", equalTo("273.15"));
    }

    @Test
    void shouldNotFindUnknownFamily() {
        asViewer().get("/api/v1/measurement-families/Happiness").then().statusCode(404);
    }
}
