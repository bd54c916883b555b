package io.pimento.csv;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A CSV file opened for streaming, in Akeneo's dialect as real files come: UTF-8 with or without
 * a BOM, {@code ;}, {@code ,} or tab separated (sniffed on the header unless given), quoted cells
 * holding separators, quotes and line breaks, CRLF or LF. Rows are read one at a time (FastCSV),
 * so memory does not grow with the file. Cells guarded against spreadsheet formulas on export
 * ({@link FormulaGuard}) are restored. Anything that cannot be read as such a file is a
 * {@link MalformedCsvException} naming the line.
 */
public final class CsvFile implements AutoCloseable, Iterable<CsvRow> {

    private static final int SNIFF_BYTES = 1 << 20;
    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("line (\\d+)");

    private final Delimiter delimiter;
    private final List<String> header;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;

    private CsvFile(Delimiter delimiter, List<String> header, CsvReader<CsvRecord> reader, CloseableIterator<CsvRecord> records) {
        this.delimiter = delimiter;
        this.header = header;
        this.reader = reader;
        this.records = records;
    }

    /** Opens the file and reads its header; {@code delimiter} null means "detect it". */
    public static CsvFile open(Path path, Delimiter delimiter) {
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(path), 64 * 1024);
            try {
                skipUtf8Bom(in);
                Delimiter chosen = delimiter != null ? delimiter : Delimiter.sniff(firstLine(in));
                CsvReader<CsvRecord> reader = CsvReader.builder()
                        .fieldSeparator(chosen.character())
                        .quoteCharacter('"')
                        .skipEmptyLines(true)
                        .allowUnclosedQuote(false)
                        .allowExtraCharsAfterClosingQuote(false)
                        // a row with too few or too many cells is rejected alone, not the whole file
                        .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                        .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                        .ofCsvRecord(new StrictUtf8Reader(in));
                CloseableIterator<CsvRecord> records = reader.iterator();
                List<String> header = readHeader(records);
                return new CsvFile(chosen, header, reader, records);
            } catch (RuntimeException | IOException e) {
                in.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Delimiter delimiter() {
        return delimiter;
    }

    public List<String> header() {
        return header;
    }

    @Override
    public Iterator<CsvRow> iterator() {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return guarded(records::hasNext);
            }

            @Override
            public CsvRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CsvRecord record = guarded(records::next);
                String[] cells = new String[record.getFieldCount()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = FormulaGuard.restore(record.getField(i));
                }
                return new CsvRow(record.getStartingLineNumber(), java.util.Arrays.asList(cells));
            }
        };
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readHeader(CloseableIterator<CsvRecord> records) {
        if (!guarded(records::hasNext)) {
            throw new MalformedCsvException(1, "the file is empty; the first line must name the columns");
        }
        List<String> header = guarded(records::next).getFields().stream().map(String::trim).toList();
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (column.isEmpty()) {
                throw new MalformedCsvException(1, "the header has an empty column name");
            }
            if (!seen.add(column)) {
                throw new MalformedCsvException(1, "the header names column '%s' twice".formatted(column));
            }
        }
        return header;
    }

    /** Refuses UTF-16/UTF-32 files by their BOM and skips a UTF-8 BOM. */
    private static void skipUtf8Bom(InputStream in) throws IOException {
        in.mark(4);
        byte[] start = in.readNBytes(4);
        int b0 = start.length > 0 ? start[0] & 0xFF : -1;
        int b1 = start.length > 1 ? start[1] & 0xFF : -1;
        int b2 = start.length > 2 ? start[2] & 0xFF : -1;
        in.reset();
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            throw new MalformedCsvException(1, "the file is UTF-16 encoded; save it as UTF-8 and upload it again");
        }
        if (b0 == 0 && b1 == 0 && b2 == 0xFE) {
            throw new MalformedCsvException(1, "the file is UTF-32 encoded; save it as UTF-8 and upload it again");
        }
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            in.skipNBytes(3);
        }
    }

    /** The header line, peeked without consuming it, to sniff the separator. */
    private static String firstLine(InputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = in.readNBytes(SNIFF_BYTES);
        in.reset();
        int end = 0;
        while (end < head.length && head[end] != '\n' && head[end] != '\r') {
            end++;
        }
        return new String(head, 0, end, StandardCharsets.UTF_8);
    }

    private static <T> T guarded(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (CsvParseException e) {
            throw new MalformedCsvException(lineOf(e), describe(e));
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw new MalformedCsvException(0, "the file is not valid UTF-8");
            }
            throw e;
        }
    }

    // FastCSV says "(record starting at line N)"; the line is what users need, the wording is ours
    private static long lineOf(CsvParseException e) {
        MalformedCsvException cause = malformedCause(e);
        if (cause != null) {
            return cause.line();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            java.util.regex.Matcher m = LINE.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Long.parseLong(m.group(1));
            }
        }
        return 0;
    }

    private static MalformedCsvException malformedCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MalformedCsvException malformed) {
                return malformed;
            }
        }
        return null;
    }

    private static String describe(CsvParseException e) {
        MalformedCsvException cause = malformedCause(e);
        if (cause != null) {
            return cause.getMessage().replaceFirst("^line \\d+: ", "");
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("Unclosed quoted field")) {
            return "a quoted cell is never closed (a \" is missing)";
        }
        if (message.contains("after closing quote")) {
            return "unexpected characters after a closing quote; a quote inside a quoted cell must be doubled (\"\")";
        }
        if (message.contains("buffer")) {
            return "a cell is too large (over the reader's limit)";
        }
        return "the file cannot be read as CSV: " + message.replaceAll("\\s*\\(record starting at line \\d+\\)", "");
    }
}
