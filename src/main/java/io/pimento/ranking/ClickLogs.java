package io.pimento.ranking;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads click logs in session-rec's tab-separated form: a header, then {@code SessionId ItemId Time}. */
final class ClickLogs {

    private ClickLogs() {
    }

    static List<Click> read(Path file) throws IOException {
        List<Click> clicks = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine(); // header
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t");
                clicks.add(new Click(cells[0], cells[1], Double.parseDouble(cells[2])));
            }
        }
        return clicks;
    }
}
