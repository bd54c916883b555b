package io.pimento.imports;

import java.util.List;

/** A rejected row for the error report: its line, its cells as read, and every reason. */
public record Rejection(long line, List<String> cells, List<String> reasons) {
}
