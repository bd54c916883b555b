package io.pimento.csv;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvFileTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "separator {0}")
    @ValueSource(strings = {";", ",", "\t"})
    void shouldDetectTheSeparatorFromTheHeader(String separator) throws IOException {
        Path file = write(String.join(separator, "sku", "name-en_US", "price-EUR") + "\n"
                + String.join(separator, "boot", "Boot", "12.50") + "\n");

        try (CsvFile csv = CsvFile.open(file, null)) {
            assertThat(csv.delimiter().character()).isEqualTo(separator.charAt(0));
            assertThat(csv.header()).containsExactly("sku", "name-en_US", "price-EUR");
            assertThat(rows(csv)).containsExactly(new CsvRow(2, List.of("boot", "Boot", "12.50")));
        }
    }

    @Test
    void shouldUseTheGivenSeparatorOverDetection() throws IOException {
        Path file = write("sku;a,b\nboot;x,y\n");

        try (CsvFile csv = CsvFile.open(file, Delimiter.COMMA)) {
            assertThat(csv.header()).containsExactly("sku;a", "b");
        }
    }

    @Test
    void shouldSkipAUtf8ByteOrderMark() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "sku;name\nboot;Bötte\n".getBytes(StandardCharsets.UTF_8)));

        try (CsvFile csv = CsvFile.open(file, null)) {
            assertThat(csv.header()).containsExactly("sku", "name");
            assertThat(rows(csv).get(0).cells()).containsExactly("boot", "Bötte");
        }
    }

    @Test
    void shouldReadQuotedCellsHoldingSeparatorsQuotesAndLineBreaks() throws IOException {
        Path file = write("sku;description\r\nboot;\"A \"\"big\"\" boot;\r\nfor winter\"\r\nsandal;plain\r\n");

        try (CsvFile csv = CsvFile.open(file, null)) {
            assertThat(rows(csv)).containsExactly(
                    new CsvRow(2, List.of("boot", "A \"big\" boot;\r\nfor winter")),
                    new CsvRow(4, List.of("sandal", "plain")));
        }
    }

    @Test
    void shouldReadCrlfAndLfAlike() throws IOException {
        try (CsvFile crlf = CsvFile.open(write("sku;name\r\na;A\r\nb;B\r\n"), null);
             CsvFile lf = CsvFile.open(write("sku;name\na;A\nb;B"), null)) {
            assertThat(rows(crlf)).isEqualTo(rows(lf));
        }
    }

    @Test
    void shouldSkipEmptyLines() throws IOException {
        try (CsvFile csv = CsvFile.open(write("sku;name\n\na;A\n\n"), null)) {
            assertThat(rows(csv)).containsExactly(new CsvRow(3, List.of("a", "A")));
        }
    }

    @Test
    void shouldRefuseUtf16WithItsName() throws IOException {
        Path file = dir.resolve("utf16.csv");
        Files.write(file, concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, "sku;name\n".getBytes(StandardCharsets.UTF_16LE)));

        assertThatThrownBy(() -> CsvFile.open(file, null))
                .isInstanceOf(MalformedCsvException.class)
                .hasMessage("line 1: the file is UTF-16 encoded; save it as UTF-8 and upload it again");
    }

    @Test
    void shouldRefuseInvalidUtf8NamingTheLine() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "sku;name\nboot;Boot\nsandal;Sandale d'été\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> {
            try (CsvFile csv = CsvFile.open(file, null)) {
                rows(csv);
            }
        }).isInstanceOf(MalformedCsvException.class)
                .hasMessageStartingWith("line 3: the file is not valid UTF-8");
    }

    @Test
    void shouldFindInvalidUtf8FarIntoALargeFile() throws IOException {
        StringBuilder text = new StringBuilder("sku;name\n");
        for (int i = 0; i < 20_000; i++) {
            text.append("sku-").append(i).append(";Name ").append(i).append('\n');
        }
        byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("late.csv");
        Files.write(file, concat(good, new byte[]{'x', ';', (byte) 0xE9, '\n'}));

        assertThatThrownBy(() -> {
            try (CsvFile csv = CsvFile.open(file, null)) {
                rows(csv);
            }
        }).hasMessageStartingWith("line 20002: the file is not valid UTF-8");
    }

    @Test
    void shouldRefuseAnUnclosedQuoteNamingTheLine() throws IOException {
        Path file = write("sku;name\nboot;Boot\nsandal;\"Sandal\nheel;Heel\n");

        assertThatThrownBy(() -> {
            try (CsvFile csv = CsvFile.open(file, null)) {
                rows(csv);
            }
        }).isInstanceOf(MalformedCsvException.class)
                .hasMessage("line 3: a quoted cell is never closed (a \" is missing)");
    }

    @Test
    void shouldRefuseTextAfterAClosingQuoteNamingTheLine() throws IOException {
        Path file = write("sku;name\nboot;\"Boot\"s\n");

        assertThatThrownBy(() -> {
            try (CsvFile csv = CsvFile.open(file, null)) {
                rows(csv);
            }
        }).hasMessageStartingWith("line 2: unexpected characters after a closing quote");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "''|line 1: the file is empty; the first line must name the columns",
            "'sku;;name\n'|line 1: the header has an empty column name",
            "'sku;name;sku\n'|line 1: the header names column 'sku' twice"})
    void shouldRefuseABadHeader(String content, String message) throws IOException {
        Path file = write(content);

        assertThatThrownBy(() -> CsvFile.open(file, null)).hasMessage(message);
    }

    @Test
    void shouldKeepRowsWithTheWrongNumberOfCellsForTheImporterToReject() throws IOException {
        try (CsvFile csv = CsvFile.open(write("sku;name;color\na;A\nb;B;red;extra\n"), null)) {
            assertThat(rows(csv)).extracting(r -> r.cells().size()).containsExactly(2, 4);
        }
    }

    @Test
    void shouldRestoreCellsGuardedAgainstFormulasOnExport() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvOutput csv = new CsvOutput(out, Delimiter.SEMICOLON)) {
            csv.header(List.of("sku", "formula", "quoted", "negative"));
            csv.row(List.of("a", "=HYPERLINK(\"x\")", "'=already", "-12.5"));
        }
        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written).contains("'=HYPERLINK").contains("''=already").contains(";-12.5");

        try (CsvFile csv = CsvFile.open(write(written), null)) {
            assertThat(rows(csv).get(0).cells()).containsExactly("a", "=HYPERLINK(\"x\")", "'=already", "-12.5");
        }
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(dir, "test", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<CsvRow> rows(CsvFile csv) {
        List<CsvRow> rows = new ArrayList<>();
        csv.forEach(rows::add);
        return rows;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
