package io.pimento.csv;

import java.util.List;

/** One data row: the line it starts on (1 is the header) and its cells as read. */
public record CsvRow(long line, List<String> cells) {

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
