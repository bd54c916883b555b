package io.pimento.csv;

/**
 * The file cannot be read as CSV at all (wrong encoding, an unterminated quote...): the whole
 * file is refused, with the line where reading stopped.
 */
public class MalformedCsvException extends RuntimeException {

    private final long line;

    public MalformedCsvException(long line, String reason) {
        super("line %d: %s".formatted(line, reason));
        this.line = line;
    }

    public long line() {
        return line;
    }
}
