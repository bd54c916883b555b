package io.pimento.imports;

import java.util.List;

/** A row cannot be imported; every reason is reported next to the row in the error report. */
public class RowRejectedException extends RuntimeException {

    private final List<String> reasons;

    public RowRejectedException(List<String> reasons) {
        super(String.join("; ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public RowRejectedException(String reason) {
        this(List.of(reason));
    }

    public List<String> reasons() {
        return reasons;
    }
}
