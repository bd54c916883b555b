package io.pimento.imports;

import io.pimento.testing.Api;
import io.pimento.testing.TestServices;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Uploads files to the import API and waits for their jobs, as a client would. */
public final class Imports {

    private static final Set<String> FINISHED = Set.of("completed", "failed", "cancelled");

    private Imports() {
    }

    /** Uploads a CSV as admin and answers the job once it has finished. */
    public static JsonPath run(String type, String csv) {
        return run(type, csv.getBytes(StandardCharsets.UTF_8), "file.csv", Map.of());
    }

    public static JsonPath run(String type, String csv, Map<String, String> options) {
        return run(type, csv.getBytes(StandardCharsets.UTF_8), "file.csv", options);
    }

    public static JsonPath run(String type, byte[] content, String fileName, Map<String, String> options) {
        return awaitFinished(start(type, content, fileName, options));
    }

    /** Uploads and answers the job id at once (202). */
    public static long start(String type, byte[] content, String fileName, Map<String, String> options) {
        Response response = upload("admin", type, content, fileName, options);
        response.then().statusCode(202);
        return response.jsonPath().getLong("id");
    }

    public static Response upload(String user, String type, byte[] content, String fileName, Map<String, String> options) {
        RequestSpecification request = given().auth().preemptive().basic(user, user)
                .contentType("multipart/form-data")
                .multiPart("file", fileName, content, fileName.endsWith(".zip") ? "application/zip" : "text/csv");
        if (type != null) {
            request.multiPart("type", type);
        }
        options.forEach(request::multiPart);
        return request.when().post("/api/v1/imports");
    }

    public static JsonPath job(long id) {
        return Api.asAdmin().get("/api/v1/imports/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath awaitFinished(long id) {
        AtomicReference<JsonPath> last = new AtomicReference<>();
        try {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(100)).until(() -> {
                JsonPath job = job(id);
                last.set(job);
                return FINISHED.contains(job.getString("status"));
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("import job " + id + " did not finish within 120 s; last seen: "
                    + (last.get() == null ? "never answered" : last.get().prettify()), e);
        }
        return last.get();
    }

    /** An exclusive lock on the product table, held until closed. */
    public interface ProductTableLock extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Locks the product table until closed: a products import, even a dry run, then waits at its
     * first batch, so a test sees its job running for as long as it needs, however fast the
     * machine (the job page and the cancel action do not read products). Take it right after the
     * upload: only a job finishing within those milliseconds would escape it.
     */
    public static ProductTableLock lockProducts() {
        try {
            Connection connection = DriverManager.getConnection(TestServices.jdbcUrl(), "pimento", "pimento");
            connection.setAutoCommit(false);
            try (Statement lock = connection.createStatement()) {
                lock.execute("lock table product in access exclusive mode");
            }
            return () -> {
                try (connection) {
                    connection.rollback();
                } catch (SQLException e) {
                    throw new IllegalStateException("could not release the product table", e);
                }
            };
        } catch (SQLException e) {
            throw new IllegalStateException("could not lock the product table", e);
        }
    }

    /** Imports and insists on a clean result: completed, nothing rejected. */
    public static JsonPath runClean(String type, String csv) {
        JsonPath job = run(type, csv);
        if (!"completed".equals(job.getString("status")) || job.getInt("rejected") != 0) {
            throw new AssertionError("import of " + type + " was not clean: " + job.prettify() + "\n" + errors(job.getLong("id")));
        }
        return job;
    }

    public static String errors(long id) {
        return given().auth().preemptive().basic("admin", "admin")
                .get("/api/v1/imports/{id}/errors.csv", id)
                .then().statusCode(200).extract().asString();
    }
}
