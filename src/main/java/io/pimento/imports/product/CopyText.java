package io.pimento.imports.product;

import java.nio.charset.StandardCharsets;

/** Rows in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
final class CopyText {

    /** A cell already in COPY form (see {@link JsonText#forCopy}), written as it is. */
    record Escaped(String text) {
    }

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
            } else if (cell instanceof Escaped escaped) {
                text.append(escaped.text());
            } else {
                escape(cell.toString());
            }
        }
        text.append('\n');
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    byte[] toBytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private void escape(String value) {
        escape(text, value);
    }

    /** A text cell, or {@code \N} for null. */
    static void cell(StringBuilder text, String value) {
        if (value == null) {
            text.append("\\N");
        } else {
            escape(text, value);
        }
    }

    /** Copies runs of plain characters in one append: per-character appends dominated the import's CPU profile. */
    static void escape(StringBuilder text, String value) {
        int start = 0;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                text.append(value, start, i).append('\\').append(switch (c) {
                    case '\t' -> 't';
                    case '\n' -> 'n';
                    case '\r' -> 'r';
                    default -> '\\';
                });
                start = i + 1;
            }
        }
        text.append(value, start, length);
    }
}
