package io.pimento.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes CSV in the dialect Pimento reads: UTF-8 without BOM, LF line ends, quotes only where
 * needed, every cell passed through {@link FormulaGuard} so spreadsheets do not run it.
 */
public final class CsvOutput implements AutoCloseable {

    private final CsvWriter writer;

    public CsvOutput(OutputStream out, Delimiter delimiter) {
        this.writer = CsvWriter.builder()
                .fieldSeparator(delimiter.character())
                .quoteCharacter('"')
                .lineDelimiter(LineDelimiter.LF)
                .bufferSize(64 * 1024)
                .build(out, StandardCharsets.UTF_8);
    }

    public void header(List<String> columns) {
        writer.writeRecord(columns);
    }

    public void row(List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(FormulaGuard.neutralise(cell == null ? "" : cell));
        }
        writer.writeRecord(safe);
    }

    public void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
