package io.pimento.catalog.product.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs an NDJSON bulk request (Akeneo's {@code application/vnd.akeneo.collection+json}): one
 * upsert per line, each in its own transaction so a bad line does not undo the others, and one
 * result line per input line. Blank lines are skipped but keep their line number.
 */
@ApplicationScoped
public class BulkRequests {

    public static final String AKENEO_COLLECTION = "application/vnd.akeneo.collection+json";
    public static final String NDJSON = "application/x-ndjson";
    public static final int MAX_LINES = 1000;

    private static final Logger LOG = Logger.getLogger(BulkRequests.class);

    private final ObjectMapper mapper;

    BulkRequests(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Applies one line and says what happened; throwing a problem makes it that line's error. */
    @FunctionalInterface
    public interface LineHandler {
        BulkLineResult apply(int lineNumber, String json);
    }

    /** How to name a line whose handler failed: its identifier or code, read leniently. */
    @FunctionalInterface
    public interface FailedLine {
        BulkLineResult result(int lineNumber, String json, int status, String message, List<io.pimento.common.FieldError> errors);
    }

    public String run(InputStream body, LineHandler handler, FailedLine failed) {
        List<String> lines = read(body);
        StringBuilder response = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String json = lines.get(i);
            if (json.isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            BulkLineResult result;
            try {
                result = handler.apply(lineNumber, json);
            } catch (RuntimeException e) {
                result = failure(lineNumber, json, e, failed);
            }
            response.append(write(result)).append('\n');
        }
        return response.toString();
    }

    private static BulkLineResult failure(int lineNumber, String json, RuntimeException e, FailedLine failed) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return failed.result(lineNumber, json, problem.status(), problem.getMessage(), problem.errors());
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return failed.result(lineNumber, json, 409,
                        "the resource was changed by someone else in the meantime; reload it and apply your change again", List.of());
            }
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on bulk line %d", errorId, lineNumber);
        return failed.result(lineNumber, json, 500, "an unexpected error occurred; quote error id " + errorId + " when reporting it", List.of());
    }

    private static List<String> read(InputStream body) {
        List<String> lines = new ArrayList<>();
        if (body == null) {
            return lines;
        }
        int nonBlank = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && ++nonBlank > MAX_LINES) {
                    throw new TooManyLinesException(MAX_LINES);
                }
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    private String write(BulkLineResult result) {
        try {
            return mapper.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
