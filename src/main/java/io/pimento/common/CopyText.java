package io.pimento.common;

/** Cells in PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
public final class CopyText {

    private CopyText() {
    }

    /** A text cell, or {@code \N} for null. */
    public static void cell(StringBuilder text, String value) {
        if (value == null) {
            text.append("\\N");
        } else {
            escape(text, value);
        }
    }

    /** Copies runs of plain characters in one append: per-character appends dominated the import's CPU profile. */
    public static void escape(StringBuilder text, String value) {
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
