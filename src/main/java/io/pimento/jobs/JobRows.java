package io.pimento.jobs;

import io.pimento.common.DatabaseJsonFormat;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes the rows a job reports beside its record (an import's rejections, a bulk action's
 * failures) in one JDBC batch, in the caller's transaction.
 */
public final class JobRows {

    /** Binds one row's columns after the job id, which is always the first parameter. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement insert, T row) throws SQLException;
    }

    private JobRows() {
    }

    public static <T> void insert(DataSource dataSource, String sql, long jobId, List<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            for (T row : rows) {
                insert.setLong(1, jobId);
                binder.bind(insert, row);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value as the text of a {@code ?::jsonb} parameter. */
    public static String json(Object value) {
        try {
            return DatabaseJsonFormat.MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
