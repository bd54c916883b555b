package io.pimento.imports;

import io.pimento.csv.CatalogFileType;
import io.pimento.common.BadRequestException;
import io.pimento.common.FieldError;
import io.pimento.common.PayloadTooLargeException;
import io.pimento.csv.CsvFile;
import io.pimento.csv.Delimiter;
import io.pimento.csv.MalformedCsvException;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

    public Prepared prepare(Path upload, String fileName, CatalogFileType type, Delimiter delimiter) {
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
    private void unzip(Path zip, Path workDir, CatalogFileType type) throws IOException {
        Path media = workDir.resolve(MEDIA_FOLDER);
        List<Path> csvs = new ArrayList<>();
        ZipBudget budget = new ZipBudget(config.zip());
        try (CountingInputStream packed = new CountingInputStream(new BufferedInputStream(Files.newInputStream(zip), 65536));
             ZipInputStream in = new ZipInputStream(packed)) {
            ZipEntry entry;
            byte[] buffer = new byte[65536];
            while ((entry = in.getNextEntry()) != null) {
                budget.entry();
                if (entry.isDirectory() || isHidden(entry.getName())) {
                    continue;
                }
                Path target = media.resolve(entry.getName()).normalize();
                if (!target.startsWith(media)) {
                    throw BadRequestException.of("file", "the ZIP entry '%s' points outside the archive".formatted(entry.getName()));
                }
                Files.createDirectories(target.getParent());
                long packedAtStart = packed.count();
                long unpacked = 0;
                try (OutputStream out = Files.newOutputStream(target)) {
                    int read;
                    while ((read = in.read(buffer)) > 0) {
                        unpacked += read;
                        budget.unpacked(read, unpacked, packed.count() - packedAtStart);
                        out.write(buffer, 0, read);
                    }
                }
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

    /**
     * The limits of {@link ImportConfig.Zip}, counted on the bytes actually unpacked: an archive
     * can declare any size for its entries. A refusal is a 413 naming the limit; the caller removes
     * what was unpacked so far.
     */
    static final class ZipBudget {

        /** An entry's ratio is judged once it has unpacked this much: small files may pack very well. */
        static final long RATIO_GRACE = 1024 * 1024;

        private final ImportConfig.Zip limits;
        private long total;
        private int entries;

        ZipBudget(ImportConfig.Zip limits) {
            this.limits = limits;
        }

        void entry() {
            if (++entries > limits.maxEntries()) {
                throw new PayloadTooLargeException("file", ("the ZIP holds more than %d entries (pimento.imports.zip.max-entries); "
                        + "split it into several uploads").formatted(limits.maxEntries()));
            }
        }

        void unpacked(int bytes, long entryUnpacked, long entryPacked) {
            total += bytes;
            long maxTotal = limits.maxTotalSize().asLongValue();
            if (total > maxTotal) {
                throw new PayloadTooLargeException("file", ("the ZIP unpacks to more than %s (pimento.imports.zip.max-total-size); "
                        + "split it into several uploads").formatted(sizeOf(maxTotal)));
            }
            if (entryUnpacked > RATIO_GRACE && entryUnpacked > (long) limits.maxRatio() * Math.max(entryPacked, 1)) {
                throw new PayloadTooLargeException("file", ("a ZIP entry unpacks to more than %d times its packed size "
                        + "(pimento.imports.zip.max-ratio); such archives are refused as zip bombs").formatted(limits.maxRatio()));
            }
        }

        private static String sizeOf(long bytes) {
            if (bytes % (1L << 30) == 0) {
                return (bytes >> 30) + " GiB";
            }
            if (bytes % (1L << 20) == 0) {
                return (bytes >> 20) + " MiB";
            }
            return bytes + " bytes";
        }
    }

    /** Counts the packed bytes the ZIP reader has taken so far. */
    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }

    private static Path chooseCsv(List<Path> csvs, Path media, CatalogFileType type) {
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
