package io.pimento.imports;

import com.fasterxml.jackson.core.type.TypeReference;
import io.agroal.api.AgroalDataSource;
import io.pimento.common.DatabaseJsonFormat;
import io.pimento.csv.CsvOutput;
import io.pimento.csv.Delimiter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The error report of a job: each rejected row with its original cells, line and reasons. */
@ApplicationScoped
public class ImportRejections {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final AgroalDataSource dataSource;

    ImportRejections(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    static void deleteOfJob(long jobId) {
        ImportJob.getEntityManager()
                .createNativeQuery("delete from import_rejection where job_id = ?1")
                .setParameter(1, jobId)
                .executeUpdate();
    }

    /**
     * Streams the report as CSV: the file's own columns, then {@code line} and {@code errors}
     * (reasons separated by {@code " | "}), read with a cursor so a large report never sits in memory.
     */
    public void writeCsv(ImportJob job, OutputStream out) {
        Delimiter delimiter = Delimiter.parse(job.delimiter).orElse(Delimiter.SEMICOLON);
        CsvOutput csv = new CsvOutput(out, delimiter);
        List<String> header = new ArrayList<>(job.header);
        header.add("line");
        header.add("errors");
        csv.header(header);
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement select = connection.prepareStatement(
                         "select line, cells, errors from import_rejection where job_id = ? order by line")) {
                select.setFetchSize(500);
                select.setLong(1, job.id);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        List<String> cells = new ArrayList<>(DatabaseJsonFormat.MAPPER.readValue(rows.getString(2), STRINGS));
                        while (cells.size() < job.header.size()) {
                            cells.add("");
                        }
                        List<String> line = new ArrayList<>(cells.subList(0, Math.max(job.header.size(), 0)));
                        line.add(String.valueOf(rows.getLong(1)));
                        line.add(String.join(" | ", DatabaseJsonFormat.MAPPER.readValue(rows.getString(3), STRINGS)));
                        csv.row(line);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        csv.flush();
    }
}
