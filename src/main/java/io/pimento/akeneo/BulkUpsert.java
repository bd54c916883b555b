package io.pimento.akeneo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pimento.common.ProblemException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The envelope of Akeneo's bulk upserts ({@code PATCH} with {@value #MEDIA_TYPE}): one resource per
 * line, each applied on its own (a refused line does not undo the others), at most
 * {@value #MAX_LINES} lines, one answer line each, with no newline after the last (Akeneo's clients
 * split on it). What a line does is the resource's.
 */
public final class BulkUpsert {

    public static final String MEDIA_TYPE = "application/vnd.akeneo.collection+json";
    public static final int MAX_LINES = 100;

    private static final Logger LOG = Logger.getLogger(BulkUpsert.class);

    /** Applies one line (numbered from 1) and answers its line of the response. */
    @FunctionalInterface
    public interface Line {
        Object apply(int number, String json);
    }

    /** The answer line of a resource keyed by {@code code} (everything but products). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CodeLine(int line, String code, @JsonProperty("status_code") int statusCode, String message,
                           List<AkeneoError.Item> errors) {
    }

    /**
     * The answer line of a refused {@link CodeLine}: a problem keeps its status and Akeneo's error
     * shape, a concurrent change is a 409, anything else a logged 500 that does not stop the others.
     */
    public static CodeLine refused(int line, String code, RuntimeException failure, AkeneoError.ValueSlots slots, String noun) {
        if (failure instanceof ProblemException refused) {
            AkeneoError error = AkeneoError.of(refused.status(), refused.getMessage(), refused.errors(), slots);
            return new CodeLine(line, code, refused.status(), error.message(), error.errors());
        }
        if (failure instanceof OptimisticLockException || failure instanceof StaleStateException) {
            return new CodeLine(line, code, 409, "the %s was changed by someone else in the meantime; send it again".formatted(noun), null);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected error %s on Akeneo bulk line %d", errorId, line);
        return new CodeLine(line, code, 500, "an unexpected error occurred; quote error id " + errorId + " when reporting it", null);
    }

    private BulkUpsert() {
    }

    public static Response answer(String body, Line line, ObjectMapper mapper) {
        List<String> lines = body == null ? List.of() : body.lines().toList();
        if (lines.stream().filter(text -> !text.isBlank()).count() > MAX_LINES) {
            throw new AkeneoException(413, "Too many resources to process, %d is the maximum allowed.".formatted(MAX_LINES));
        }
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                try {
                    answers.add(mapper.writeValueAsString(line.apply(i + 1, lines.get(i))));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Response.ok(String.join("\n", answers), MEDIA_TYPE).build();
    }
}
