package io.pimento.imports;

/** What importing one valid row did. */
public enum RowOutcome {
    CREATED, UPDATED, UNCHANGED
}
