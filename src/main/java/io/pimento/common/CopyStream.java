package io.pimento.common;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Streams rows in COPY text format to PostgreSQL from pre-encoded parts (cells written ahead with
 * {@link CopyText}, as the product import does while it checks the rows): the writer only adds the
 * cells known at write time (ids, versions) and sends buffers of bytes, so PostgreSQL parses one
 * batch while the application checks the next instead of waiting for the batch's text to be built.
 */
public final class CopyStream implements AutoCloseable {

    private static final byte[] NULL = "\\N".getBytes(StandardCharsets.US_ASCII);

    private final CopyIn copy;
    private final byte[] buffer = new byte[128 * 1024];
    private int used;

    private CopyStream(CopyIn copy) {
        this.copy = copy;
    }

    public static CopyStream open(Connection connection, String sql) throws SQLException {
        return new CopyStream(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql));
    }

    public CopyStream bytes(byte[] bytes) throws SQLException {
        if (bytes.length > buffer.length - used) {
            flush();
            if (bytes.length > buffer.length) {
                copy.writeToCopy(bytes, 0, bytes.length);
                return this;
            }
        }
        System.arraycopy(bytes, 0, buffer, used, bytes.length);
        used += bytes.length;
        return this;
    }

    public CopyStream tab() throws SQLException {
        return ascii('\t');
    }

    public CopyStream endRow() throws SQLException {
        return ascii('\n');
    }

    public CopyStream number(Number number) throws SQLException {
        return number == null ? bytes(NULL) : bytes(number.toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** Rows written; fails (with PostgreSQL's SQLState) if the server refused one. */
    public long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** Ends a COPY left unfinished by a failure, so the connection can roll back and go on. */
    @Override
    public void close() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException ignored) {
                // the failure that got us here is the one to report
            }
        }
    }

    private CopyStream ascii(char c) throws SQLException {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = (byte) c;
        return this;
    }

    private void flush() throws SQLException {
        if (used > 0) {
            copy.writeToCopy(buffer, 0, used);
            used = 0;
        }
    }
}
