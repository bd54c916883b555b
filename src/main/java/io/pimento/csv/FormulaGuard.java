package io.pimento.csv;

import java.util.regex.Pattern;

/**
 * Keeps spreadsheets from executing cells (CSV injection): on the way out a cell starting with
 * {@code = + - @}, a tab or a carriage return gets a leading {@code '}; on the way in one such
 * {@code '} is removed again, so an export re-imports to the same data. Cells that already start
 * with quotes before such a character get one more, which keeps the mapping reversible. Plain
 * numbers ({@code -12.5}) are left alone: a spreadsheet reads them as numbers, not formulas.
 */
public final class FormulaGuard {

    private static final Pattern DANGEROUS = Pattern.compile("^'*[=+\\-@\t\r]");
    private static final Pattern GUARDED = Pattern.compile("^'+[=+\\-@\t\r]");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");

    private FormulaGuard() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty() || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return DANGEROUS.matcher(cell).find() ? "'" + cell : cell;
    }

    public static String restore(String cell) {
        if (cell == null || cell.isEmpty() || cell.charAt(0) != '\'') {
            return cell;
        }
        return GUARDED.matcher(cell).find() ? cell.substring(1) : cell;
    }
}
