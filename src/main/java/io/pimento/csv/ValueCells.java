package io.pimento.csv;

import io.pimento.catalog.attribute.AttributeType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How one attribute value is written in a cell of Akeneo's dialect, both ways: booleans as 1/0,
 * select and reference-data lists as comma-separated codes, numbers and dates as written
 * ({@code 12.50}, {@code 2024-06-30}), everything else as its text. Prices and metrics spread over
 * several columns and are assembled by the caller from {@link #amount(String)}.
 */
public final class ValueCells {

    private ValueCells() {
    }

    /** A cell that cannot hold a value of its attribute's type. */
    public static final class CellException extends RuntimeException {
        public CellException(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The value data a cell holds, in the shape the value validator reads, or null for an empty
     * cell (which clears the value). Types are checked by the validator; only what cannot be
     * expressed in its input (a boolean spelt "maybe") is refused here.
     */
    public static Object parse(AttributeType type, String cell) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        return switch (type) {
            case TEXT, TEXTAREA, IDENTIFIER -> cell;
            case BOOLEAN -> bool(cell.strip());
            case MULTISELECT, REFERENCE_DATA_MULTISELECT -> codes(cell);
            case NUMBER, DATE, SIMPLESELECT, REFERENCE_DATA_SIMPLESELECT, IMAGE, FILE -> blankToNull(cell.strip());
            case PRICE_COLLECTION, METRIC -> throw new IllegalArgumentException(type + " spans several columns");
        };
    }

    /** A price or metric amount cell: the number as written (checked by the validator), null when empty. */
    public static String amount(String cell) {
        return cell == null ? null : blankToNull(cell.strip());
    }

    /** The cell for a value's data (not for prices and metrics). */
    public static String format(Object data) {
        if (data == null) {
            return "";
        }
        if (data instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (data instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        if (data instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(data);
    }

    private static Boolean bool(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "1", "true" -> Boolean.TRUE;
            case "0", "false" -> Boolean.FALSE;
            default -> throw new CellException("'%s' is not a boolean; use 1 or 0".formatted(cell));
        };
    }

    /** Comma-separated codes, null when there are none. A loop, not a stream: most cells of a wide file are empty. */
    private static List<String> codes(String cell) {
        if (cell.isBlank()) {
            return null;
        }
        List<String> codes = new ArrayList<>(4);
        int start = 0;
        while (start <= cell.length()) {
            int comma = cell.indexOf(',', start);
            int end = comma < 0 ? cell.length() : comma;
            String code = cell.substring(start, end).strip();
            if (!code.isEmpty()) {
                codes.add(code);
            }
            start = end + 1;
        }
        return codes.isEmpty() ? null : Collections.unmodifiableList(codes);
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
