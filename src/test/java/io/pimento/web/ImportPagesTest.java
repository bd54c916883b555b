package io.pimento.web;

import io.pimento.imports.Imports;
import io.pimento.imports.TestCatalog;
import io.pimento.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ImportPagesTest {

    /** Imported once for the class, before its first test (REST Assured only knows the app's port in a test). */
    static TestCatalog catalog;

    @BeforeEach
    void importCatalog() {
        if (catalog == null) {
            catalog = TestCatalog.create();
        }
    }

    @Test
    void shouldShowTheUploadFormWithTheImportTypes() {
        String page = UiSession.login("editor").page("/ui/imports");

        assertThat(page).contains("enctype=\"multipart/form-data\"", "accept=\".csv,.zip,text/csv,application/zip\"",
                "<option value=\"products\" selected>Products</option>", "<option value=\"attribute_options\">Attribute options</option>",
                "name=\"dryRun\"", "name=\"allOrNothing\"", "<option value=\"tab\">Tab</option>");
    }

    @Test
    void shouldStartTheJobAndOpenItsPage() {
        UiSession session = UiSession.login("editor");

        Response response = upload(session, "products", products(2, "start"));

        response.then().statusCode(303).header("Location", matchesPattern(".*/ui/imports/\\d+"));
        session.page(response.header("Location").replaceFirst("^https?://[^/]+", ""));
    }

    @Test
    void shouldShowTheCountersOfAFinishedJobInTheProgressFragment() {
        UiSession session = UiSession.login("editor");
        long id = jobId(upload(session, "products", products(2, "counters") + catalog.csv("bad-counters;nope;Bad\n")));
        Imports.awaitFinished(id);

        String fragment = session.page("/ui/imports/" + id + "/progress");

        assertThat(fragment).contains("id=\"job-progress\"", "Completed", "value=\"100\"",
                        "data-counter=\"read\">3<", "data-counter=\"created\">2<", "data-counter=\"rejected\">1<",
                        "href=\"/ui/imports/" + id + "/errors.csv\"")
                .doesNotContain("hx-trigger", "<html");
    }

    @Test
    void shouldKeepPollingWhileTheJobIsNotFinished() {
        UiSession session = UiSession.login("editor");
        long id = jobId(dryRun(session, largeFile("polling")));
        String fragment;
        try (var paused = Imports.lockProducts()) {
            fragment = session.page("/ui/imports/" + id + "/progress");
        }

        assertThat(fragment).contains("hx-get=\"/ui/imports/" + id + "/progress\"", "hx-trigger=\"every 1s\"", "Cancel the import");
        Api.asAdmin().delete("/api/v1/imports/{id}", id);
        Imports.awaitFinished(id);
    }

    @Test
    void shouldCancelAnImportFromItsPage() {
        UiSession session = UiSession.login("editor");
        long id = jobId(dryRun(session, largeFile("cancel")));
        try (var paused = Imports.lockProducts()) {
            String token = session.csrfToken("/ui/imports/" + id);

            session.keep(session.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                            .post("/ui/imports/" + id + "/cancel"))
                    .then().statusCode(303).header("Location", endsWith("/ui/imports/" + id));

            assertThat(session.page("/ui/imports/" + id)).contains("Cancellation requested");
        }
        assertThat(Imports.awaitFinished(id).getString("status")).isEqualTo("cancelled");
    }

    @Test
    void shouldSayThereIsNothingToCancelOnceTheJobHasFinished() {
        UiSession session = UiSession.login("editor");
        long id = jobId(upload(session, "products", products(1, "finished")));
        Imports.awaitFinished(id);
        String token = session.csrfToken("/ui/imports/" + id);

        session.keep(session.request().contentType("application/x-www-form-urlencoded").formParam("csrf-token", token)
                .post("/ui/imports/" + id + "/cancel")).then().statusCode(303);

        assertThat(session.page("/ui/imports/" + id)).contains("alert-error", "has already completed; there is nothing to cancel");
    }

    @Test
    void shouldDownloadTheRejectedRows() {
        UiSession session = UiSession.login("editor");
        long id = jobId(upload(session, "products", products(1, "report") + catalog.csv("bad-report;nope;Bad\n")));
        Imports.awaitFinished(id);

        Response report = session.get("/ui/imports/" + id + "/errors.csv");

        report.then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("import-" + id + "-errors.csv"));
        assertThat(report.asString()).contains("bad-report", "family 'nope' does not exist").doesNotContain("counters");
    }

    @Test
    void shouldAskForAFileWhenNoneWasChosen() {
        UiSession session = UiSession.login("editor");
        String token = session.csrfToken("/ui/imports");

        session.request().multiPart("csrf-token", token).multiPart("type", "products")
                .multiPart("file", "", new byte[0], "application/octet-stream")
                .post("/ui/imports").then()
                .statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("Choose the CSV file"));
    }

    @Test
    void shouldExplainWhyAUtf16FileIsRefused() {
        UiSession session = UiSession.login("editor");
        byte[] utf16 = "\uFEFFsku\nx\n".getBytes(StandardCharsets.UTF_16LE);

        Response response = upload(session, "products", utf16, ";");

        response.then().statusCode(400).body(containsString("the file is UTF-16 encoded"))
                .body(containsString("<option value=\";\" selected>"));
    }

    @Test
    void shouldTellEditorsThatStructureIsImportedByAdministrators() {
        UiSession session = UiSession.login("editor");

        upload(session, "locales", "code\nen_US\n".getBytes(StandardCharsets.UTF_8), "").then()
                .statusCode(403)
                .body(containsString("Only administrators import catalog structure"))
                .body(containsString("<option value=\"locales\" selected>"));
    }

    @Test
    void shouldLetAdministratorsImportStructure() {
        UiSession session = UiSession.login("admin");

        long id = jobId(upload(session, "locales", "code\nen_US\n".getBytes(StandardCharsets.UTF_8), ""));

        assertThat(Imports.awaitFinished(id).getString("status")).isEqualTo("completed");
    }

    @Test
    void shouldShowViewersAForbiddenPage() {
        UiSession.login("viewer").get("/ui/imports").then()
                .statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("your role does not allow this operation"))
                .body(not(containsString("Import a file")));
    }

    @Test
    void shouldShowAMissingJobAsNotFound() {
        UiSession.login("editor").get("/ui/imports/999999999").then()
                .statusCode(404)
                .contentType(containsString("text/html"));
    }

    private String products(int count, String name) {
        return catalog.csv("SKU;family;P_name-en_US\n") + IntStream.range(0, count)
                .mapToObj(i -> catalog.csv("%s-%s-%d;P_shoes;Shoe %d\n".formatted(catalog.p, name, i, i)))
                .collect(Collectors.joining());
    }

    /**
     * Enough rows for the job to still be queued or running a moment after the upload; uploaded as a
     * dry run, so nothing is written and the search index gets no backlog from it.
     */
    private String largeFile(String name) {
        return catalog.csv("SKU;P_name-en_US\n") + IntStream.range(0, 30_000)
                .mapToObj(i -> "%s-%s-%d;Row %d\n".formatted(catalog.p, name, i, i)).collect(Collectors.joining());
    }

    private static Response upload(UiSession session, String type, String csv) {
        return upload(session, type, csv.getBytes(StandardCharsets.UTF_8), "");
    }

    private static Response upload(UiSession session, String type, byte[] content, String delimiter) {
        String token = session.csrfToken("/ui/imports");
        return session.keep(session.request()
                .multiPart("csrf-token", token)
                .multiPart("file", "upload.csv", content, "text/csv")
                .multiPart("type", type)
                .multiPart("delimiter", delimiter)
                .post("/ui/imports"));
    }

    private static Response dryRun(UiSession session, String csv) {
        String token = session.csrfToken("/ui/imports");
        return session.keep(session.request()
                .multiPart("csrf-token", token)
                .multiPart("file", "large.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("type", "products")
                .multiPart("dryRun", "true")
                .post("/ui/imports"));
    }

    private static long jobId(Response response) {
        response.then().statusCode(303);
        return Long.parseLong(response.header("Location").replaceFirst(".*/", ""));
    }
}
