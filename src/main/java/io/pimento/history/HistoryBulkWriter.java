package io.pimento.history;

import io.pimento.common.CopyStream;
import io.pimento.common.CopyText;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * The bulk path of the history writer ({@link HistoryRecorder} writes one entry at a time), for
 * the product import's thousands of entries a batch: each entry is encoded in COPY form ahead of
 * the write, by the threads that check the rows, and a batch's entries go in with one COPY on the
 * caller's connection and transaction, instead of a statement per entry.
 */
public final class HistoryBulkWriter {

    /** Rows are {@link #encode encoded entries}, a tab and the version. */
    private static final String COPY = "copy change_history (resource_type, resource_code, action, author, changes, version) from stdin";

    private HistoryBulkWriter() {
    }

    /** An encoded entry and the version the write gave its resource (known only once written). */
    public record Written(byte[] entry, int version) {
    }

    /**
     * resource_type, resource_code, action, author and changes of an entry, in COPY form: all but its
     * version. {@code changes} appends the list of {@link FieldChange}s as JSON already escaped for a
     * COPY cell (the import's own writer: serialising through Jackson took a fifth of its CPU).
     * {@code scratch} is reused from entry to entry by the calling thread.
     */
    public static byte[] encode(StringBuilder scratch, String resourceType, String code, String action, String author,
                                Consumer<StringBuilder> changes) {
        scratch.setLength(0);
        CopyText.cell(scratch, resourceType);
        scratch.append('\t');
        CopyText.cell(scratch, code);
        scratch.append('\t');
        CopyText.cell(scratch, action);
        scratch.append('\t');
        CopyText.cell(scratch, author);
        scratch.append('\t');
        changes.accept(scratch);
        return scratch.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the entries with one COPY, in the transaction of the connection's caller. */
    public static void copy(Connection connection, Iterable<Written> entries) throws SQLException {
        try (CopyStream history = CopyStream.open(connection, COPY)) {
            for (Written written : entries) {
                history.bytes(written.entry()).tab().number(written.version()).endRow();
            }
            history.finish();
        }
    }
}
