package io.pimento.akeneo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;

/**
 * The envelope of Akeneo's bulk upserts ({@code PATCH} with {@value #MEDIA_TYPE}): one resource per
 * line, each applied on its own (a refused line does not undo the others), at most
 * {@value #MAX_LINES} lines, one answer line each, with no newline after the last (Akeneo's clients
 * split on it). What a line does is the resource's.
 */
public final class BulkUpsert {

    public static final String MEDIA_TYPE = "application/vnd.akeneo.collection+json";
    public static final int MAX_LINES = 100;

    /** Applies one line (numbered from 1) and answers its line of the response. */
    @FunctionalInterface
    public interface Line {
        Object apply(int number, String json);
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
