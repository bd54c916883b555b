package io.pimento.imports;

/** How many rows a job has read and what became of them. */
public record Counters(int read, int created, int updated, int unchanged, int rejected) {

    public static final Counters ZERO = new Counters(0, 0, 0, 0, 0);
}
