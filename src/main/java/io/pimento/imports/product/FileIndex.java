package io.pimento.imports.product;

import io.pimento.csv.CsvFile;
import io.pimento.csv.CsvRow;
import io.pimento.csv.ProductColumns;
import io.pimento.imports.ImportRun;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a first, quick read of the whole file tells before anything is written: how many rows
 * (for progress and ETA), which rows repeat an identifier seen on an earlier line (only the first
 * is imported), and, when the file has association columns, every identifier it holds, so an
 * association may point at a product further down the file. Reading the whole file first also
 * means a file that turns out unreadable at its end is refused before any row is written.
 */
final class FileIndex {

    private final int rows;
    private final Map<Long, Long> duplicateOf;
    private final Set<String> identifiers;

    private FileIndex(int rows, Map<Long, Long> duplicateOf, Set<String> identifiers) {
        this.rows = rows;
        this.duplicateOf = duplicateOf;
        this.identifiers = identifiers;
    }

    static FileIndex scan(ImportRun run, ProductColumns columns) {
        Map<String, Long> firstLine = new HashMap<>();
        Map<Long, Long> duplicates = new HashMap<>();
        int rows = 0;
        try (CsvFile csv = run.open()) {
            for (CsvRow row : csv) {
                rows++;
                String key = row.cell(columns.identifier()).strip().toLowerCase(Locale.ROOT);
                if (key.isEmpty()) {
                    continue;
                }
                Long first = firstLine.putIfAbsent(key, row.line());
                if (first != null) {
                    duplicates.put(row.line(), first);
                }
            }
        }
        Set<String> identifiers = columns.associations().isEmpty() ? Set.of() : new HashSet<>(firstLine.keySet());
        run.totalRows(rows);
        return new FileIndex(rows, duplicates, identifiers);
    }

    int rows() {
        return rows;
    }

    /** The earlier line holding the same identifier, or null. */
    Long duplicateOf(long line) {
        return duplicateOf.get(line);
    }

    /** Whether the file holds this identifier (known only when it has association columns). */
    boolean holds(String identifier) {
        return identifier != null && identifiers.contains(identifier.toLowerCase(Locale.ROOT));
    }
}
