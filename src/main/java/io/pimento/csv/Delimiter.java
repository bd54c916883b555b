package io.pimento.csv;

import java.util.Optional;

/** The cell separators Pimento reads; Akeneo writes {@code ;} by default. */
public enum Delimiter {
    SEMICOLON(';'), COMMA(','), TAB('\t');

    private final char character;

    Delimiter(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }

    /** Accepts the character itself or its name ({@code ;}, {@code semicolon}, {@code \t}, {@code tab}...). */
    public static Optional<Delimiter> parse(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        for (Delimiter d : values()) {
            if (value.equals(String.valueOf(d.character)) || value.equalsIgnoreCase(d.name())
                    || (d == TAB && value.equals("\\t"))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Picks the separator used in the header line: the candidate that occurs most often outside
     * quotes. Codes never contain these characters, so the header is a reliable witness.
     */
    public static Delimiter sniff(String headerLine) {
        int[] counts = new int[values().length];
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (Delimiter d : values()) {
                    if (c == d.character) {
                        counts[d.ordinal()]++;
                    }
                }
            }
        }
        Delimiter best = SEMICOLON;
        for (Delimiter d : values()) {
            if (counts[d.ordinal()] > counts[best.ordinal()]) {
                best = d;
            }
        }
        return best;
    }
}
