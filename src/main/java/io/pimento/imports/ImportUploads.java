package io.pimento.imports;

import io.pimento.common.BadRequestException;
import io.pimento.common.FieldError;
import io.pimento.csv.CsvFile;
import io.pimento.csv.Delimiter;
import io.pimento.csv.MalformedCsvException;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Takes an uploaded file into a job folder: a CSV as it is, or a ZIP unpacked into its CSV and a
 * {@value #MEDIA_FOLDER} folder holding the media files its rows name. The header is checked at
 * once so a file that is not CSV at all is refused with the upload instead of failing later.
 */
@ApplicationScoped
public class ImportUploads {

    static final String CSV_FILE = "import.csv";
    static final String MEDIA_FOLDER = "media";

    private final ImportConfig config;

    ImportUploads(ImportConfig config) {
        this.config = config;
    }

    /** The prepared job folder, and the header and separator of its CSV. */
    public record Prepared(Path workDir, List<String> header, Delimiter delimiter) {
    }

    public Prepared prepare(Path upload, String fileName, ImportType type, Delimiter delimiter) {
        Path workDir = config.workDir().resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectories(workDir);
            if (isZip(upload)) {
                unzip(upload, workDir, type);
            } else {
                Files.move(upload, workDir.resolve(CSV_FILE), StandardCopyOption.REPLACE_EXISTING);
            }
            try (CsvFile csv = CsvFile.open(csvOf(workDir), delimiter)) {
                return new Prepared(workDir, csv.header(), csv.delimiter());
            }
        } catch (MalformedCsvException e) {
            ImportRunner.deleteQuietly(workDir);
            throw BadRequestException.of("file", "the file was refused: " + e.getMessage());
        } catch (IOException e) {
            ImportRunner.deleteQuietly(workDir);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            ImportRunner.deleteQuietly(workDir);
            throw e;
        }
    }

    static Path csvOf(Path workDir) {
        return workDir.resolve(CSV_FILE);
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    /**
     * Unpacks the ZIP: its one CSV (or the one named after the import type when there are
     * several) and every other file under the media folder, keeping relative paths
     * ({@code images/boot.png}) since that is how rows name them.
     */
    private void unzip(Path zip, Path workDir, ImportType type) throws IOException {
        Path media = workDir.resolve(MEDIA_FOLDER);
        List<Path> csvs = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory() || isHidden(entry.getName())) {
                    continue;
                }
                Path target = media.resolve(entry.getName()).normalize();
                if (!target.startsWith(media)) {
                    throw BadRequestException.of("file", "the ZIP entry '%s' points outside the archive".formatted(entry.getName()));
                }
                Files.createDirectories(target.getParent());
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                if (entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    csvs.add(target);
                }
            }
        } catch (ZipException e) {
            throw BadRequestException.of("file", "the ZIP file is damaged: " + e.getMessage());
        }
        Path csv = chooseCsv(csvs, media, type);
        Files.move(csv, csvOf(workDir));
    }

    private static Path chooseCsv(List<Path> csvs, Path media, ImportType type) {
        if (csvs.size() == 1) {
            return csvs.get(0);
        }
        if (csvs.isEmpty()) {
            throw BadRequestException.of("file", "the ZIP holds no .csv file");
        }
        List<Path> named = csvs.stream().filter(p -> p.getFileName().toString().equalsIgnoreCase(type.code() + ".csv")).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        throw new BadRequestException("the ZIP holds several CSV files; keep one, or name it %s.csv".formatted(type.code()),
                List.of(new FieldError("file", "several CSV files: " + String.join(", ",
                        csvs.stream().map(p -> media.relativize(p).toString()).sorted().toList()))));
    }

    private static boolean isHidden(String name) {
        return name.startsWith("__MACOSX/") || Stream.of(name.split("/")).anyMatch(part -> part.startsWith("."));
    }
}
