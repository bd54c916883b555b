package io.pimento.csv;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of a structure file, read by column name, for {@link StructureColumns} only (no other
 * class reads structure columns). Absent columns read as null, so the request built from them
 * leaves those fields as they are; a present but empty cell reads as "clear it". A cell that
 * cannot be read as its column's type throws a {@link ValueCells.CellException} naming both.
 */
final class StructureRow {

    private final Map<String, String> cells;

    StructureRow(List<String> header, List<String> values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            map.put(header.get(i), i < values.size() ? values.get(i) : "");
        }
        this.cells = map;
    }

    public boolean has(String column) {
        return cells.containsKey(column);
    }

    /** The trimmed cell, "" when empty, null when the column is absent. */
    public String text(String column) {
        String value = cells.get(column);
        return value == null ? null : value.strip();
    }

    /** The trimmed cell, or null when the column is absent or the cell empty. */
    public String textOrNull(String column) {
        String value = text(column);
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * Akeneo's 1/0 (true/false and yes/no are accepted too). An empty cell, like an absent column,
     * keeps the setting (a new resource gets the default): Akeneo's files leave settings blank to
     * mean "the default", not "switch it off".
     */
    public Boolean bool(String column) {
        String value = text(column);
        if (value == null || value.isEmpty()) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "0", "false", "no" -> false;
            case "1", "true", "yes" -> true;
            default -> throw new ValueCells.CellException("%s: '%s' is not a boolean; use 1 or 0".formatted(column, value));
        };
    }

    public Integer integer(String column) {
        String value = textOrNull(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new ValueCells.CellException("%s: '%s' is not a whole number".formatted(column, value));
        }
    }

    public BigDecimal decimal(String column) {
        String value = textOrNull(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new ValueCells.CellException("%s: '%s' is not a number".formatted(column, value));
        }
    }

    /** Comma-separated codes: an empty cell is an empty list, an absent column null. */
    public List<String> list(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The cells of every column named {@code <prefix><key>}, keyed by key (e.g. {@code label-} gives
     * labels by locale); null when there is no such column.
     */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        cells.forEach((column, value) -> {
            if (column.startsWith(prefix) && column.length() > prefix.length()) {
                found.put(column.substring(prefix.length()), value.strip());
            }
        });
        return found.isEmpty() ? null : found;
    }

    /** Labels from the {@code label-<locale>} columns; an empty cell removes that label. */
    public Map<String, String> labels() {
        return withPrefix("label-");
    }
}
