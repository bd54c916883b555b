package io.pimento.history;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;

/** One history entry as the API shows it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record HistoryEntryPayload(Integer version, String action, String author, Instant changedAt, List<FieldChange> changes) {

    static HistoryEntryPayload of(HistoryEntry entry) {
        return new HistoryEntryPayload(entry.version, entry.action, entry.author, entry.changedAt, List.copyOf(entry.changes));
    }
}
