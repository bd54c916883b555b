package io.pimento.imports;

import io.pimento.jobs.OrphanPolicy;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ImportApiTest {

    private static final byte[] LOCALES = "code\nen_US\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void shouldAcceptAnUploadAtOnceWithTheJobLocation() {
        Response response = Imports.upload("admin", "locales", LOCALES, "locales.csv", Map.of());

        response.then().statusCode(202)
                .header("Location", matchesPattern(".*/api/v1/imports/\\d+"))
                .body("status", equalTo("queued"))
                .body("id", notNullValue());
    }

    @Test
    void shouldReportCountersRateAndTimesOfAFinishedJob() {
        JsonPath job = Imports.run("locales", "code\nen_US\nfr_FR\n");

        assertThat(job.getString("type")).isEqualTo("locales");
        assertThat(job.getString("status")).isEqualTo("completed");
        assertThat(job.getInt("read")).isEqualTo(2);
        assertThat(job.getInt("created") + job.getInt("updated") + job.getInt("unchanged")).isEqualTo(2);
        assertThat(job.getInt("rejected")).isZero();
        assertThat(job.getFloat("rowsPerSecond")).isPositive();
        assertThat(job.getInt("progress")).isEqualTo(100);
        assertThat(job.getString("startedAt")).isNotNull();
        assertThat(job.getString("finishedAt")).isNotNull();
        assertThat(job.getString("message")).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "no type||type|required",
            "unknown type|flowers|type|'flowers' is not an import type",
            "bad delimiter|locales|delimiter|is not a delimiter"})
    void shouldRefuseABadForm(String name, String type, String field, String message) {
        Map<String, String> options = "delimiter".equals(field) ? Map.of("delimiter", "|") : Map.of();

        Imports.upload("admin", type, LOCALES, "l.csv", options).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(message));
    }

    @Test
    void shouldRefuseAnUploadWithoutFile() {
        given().auth().preemptive().basic("admin", "admin").contentType("multipart/form-data")
                .multiPart("type", "locales")
                .post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
    }

    @Test
    void shouldRefuseAUtf16FileWithTheUpload() {
        byte[] utf16 = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, "code\nen_US\n".getBytes(StandardCharsets.UTF_16LE));

        Imports.upload("admin", "locales", utf16, "l.csv", Map.of()).then().statusCode(400)
                .body("detail", containsString("line 1: the file is UTF-16 encoded"));
    }

    @Test
    void shouldRefuseAZipWithSeveralCsvFilesNotNamedForTheType() throws IOException {
        byte[] zip = ProductImportTest.zip(Map.of("a.csv", LOCALES, "b.csv", LOCALES));

        Imports.upload("admin", "locales", zip, "two.zip", Map.of()).then().statusCode(400)
                .body("detail", containsString("several CSV files"));
    }

    @Test
    void shouldPickTheCsvNamedForTheTypeInAZip() throws IOException {
        byte[] zip = ProductImportTest.zip(Map.of("locales.csv", LOCALES, "other.csv", "x\n1\n".getBytes(StandardCharsets.UTF_8)));

        JsonPath job = Imports.run("locales", zip, "both.zip", Map.of());

        assertThat(job.getString("status")).isEqualTo("completed");
    }

    @Test
    void shouldRefuseAZipWithoutCsv() throws IOException {
        byte[] zip = ProductImportTest.zip(Map.of("images/a.png", new byte[]{1}));

        Imports.upload("admin", "products", zip, "media.zip", Map.of()).then().statusCode(400)
                .body("detail", containsString("no .csv"));
    }

    @Test
    void shouldForbidImportsToViewers() {
        Imports.upload("viewer", "products", LOCALES, "l.csv", Map.of()).then().statusCode(403);
    }

    @Test
    void shouldAnswer404ForAnUnknownJob() {
        Api.asAdmin().get("/api/v1/imports/{id}", 987654321).then().statusCode(404);
        given().auth().preemptive().basic("admin", "admin").get("/api/v1/imports/{id}/errors.csv", 987654321).then().statusCode(404);
    }

    @Test
    void shouldRefuseToCancelAFinishedJob() {
        JsonPath job = Imports.run("locales", "code\nen_US\n");

        Api.asAdmin().delete("/api/v1/imports/{id}", job.getLong("id")).then().statusCode(409);
    }

    @Test
    void shouldListRecentJobs() {
        JsonPath job = Imports.run("locales", "code\nen_US\n");

        Api.asAdmin().get("/api/v1/imports").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem((int) job.getLong("id")));
    }

    @Test
    void shouldServeTheErrorReportAsCsv() {
        JsonPath job = Imports.run("currencies", "code;activated\nEUR;1\nEURO;1\n");

        given().auth().preemptive().basic("admin", "admin").get("/api/v1/imports/{id}/errors.csv", job.getLong("id"))
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("attachment"))
                .body(containsString("code;activated;line;errors\nEURO;1;3;"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Inject
    DataSource dataSource;

    @Inject
    ImportJobs jobs;

    @Test
    void shouldSayAJobWasInterruptedAndHowManyRowsItSavedWhenItsInstanceStopped() throws Exception {
        long id;
        // a job left running by an instance that died (no heartbeat for an hour) after saving 42 rows
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into import_job (type, status, phase, file_name, read_rows, created_rows, updated_rows, created_by, started_at, heartbeat_at)
                     values ('products', 'running', 'importing', 'interrupted.csv', 50, 40, 2, 'admin', now() - interval '1 hour', now() - interval '1 hour')
                     returning id""")) {
            ResultSet row = insert.executeQuery();
            row.next();
            id = row.getLong(1);
        }

        // what every instance's sweep does every 30 s with pimento.imports.stale-after
        assertThat(jobs.failOrphans(OrphanPolicy.of(Duration.ofMinutes(2)), List.of())).isGreaterThanOrEqualTo(1);

        Api.asAdmin().get("/api/v1/imports/" + id).then().statusCode(200)
                .body("status", equalTo("failed"))
                .body("message", containsString("interrupted"))
                .body("message", containsString("the 42 row(s) counted as created or updated by then are saved"))
                .body("message", containsString("import the file again"));
    }
}
