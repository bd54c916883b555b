package io.pimento.imports.product;

/** Rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyText {

    private final StringBuilder text = new StringBuilder(64 * 1024);

    void row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                text.append('\t');
            }
            Object cell = cells[i];
            if (cell == null) {
                text.append("\\N");
            } else if (cell instanceof Boolean b) {
                text.append(b ? 't' : 'f');
            } else {
                escape(cell.toString());
            }
        }
        text.append('\n');
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }
}
