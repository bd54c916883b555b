package io.pimento.imports;

import io.pimento.common.PayloadTooLargeException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

/** Zip bombs are refused while unpacking, with a 413 naming the limit, and leave no files behind. */
@QuarkusTest
class ZipLimitsTest {

    private static final byte[] LOCALES = "code\nen_US\n".getBytes(StandardCharsets.UTF_8);

    @Inject
    ImportConfig config;

    @Inject
    ImportRunner runner;

    @Test
    void shouldRefuseAnEntryThatUnpacksFarBeyondTheRatioLimitAndKeepNothing() throws IOException {
        // 64 MB of zeros pack to about 64 KB: a ratio near 1000, five times the default limit
        byte[] bomb = zipOf(Map.of("locales.csv", LOCALES), "media/zeros.bin", 64L << 20);
        assertThat(bomb.length).isLessThan(1 << 20);
        Set<String> before = uploadFolders();
        long started = System.nanoTime();

        Imports.upload("admin", "locales", bomb, "bomb.zip", Map.of()).then().statusCode(413)
                .contentType("application/problem+json")
                .body("title", equalTo("Content Too Large"))
                .body("errors[0].field", equalTo("file"))
                .body("detail", containsString("pimento.imports.zip.max-ratio"))
                .body("detail", containsString("200 times"));

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(uploadFolders()).as("upload folders left behind").isSubsetOf(before);
    }

    @Test
    void shouldRefuseAZipWithTooManyEntries() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("locales.csv"));
            zip.write(LOCALES);
            for (int i = 0; i < config.zip().maxEntries(); i++) {
                zip.putNextEntry(new ZipEntry("media/" + i + ".txt"));
            }
        }
        Set<String> before = uploadFolders();

        Imports.upload("admin", "locales", bytes.toByteArray(), "many.zip", Map.of()).then().statusCode(413)
                .body("detail", containsString("more than 10000 entries (pimento.imports.zip.max-entries)"))
                .body("detail.length()", lessThan(200));

        assertThat(uploadFolders()).isSubsetOf(before);
    }

    @Test
    void shouldStillAcceptAnOrdinaryZip() throws IOException {
        byte[] zip = ProductImportTest.zip(Map.of("locales.csv", LOCALES, "images/a.png", new byte[2048]));

        assertThat(Imports.run("locales", zip, "fine.zip", Map.of()).getString("status")).isEqualTo("completed");
    }

    @Test
    void shouldCountTheBytesActuallyUnpackedAgainstEachLimit() {
        ImportUploads.ZipBudget budget = new ImportUploads.ZipBudget(limits(10L << 20, 200, 3));

        budget.entry();
        budget.unpacked(1 << 20, 1 << 20, 10); // within the grace size: any ratio
        budget.unpacked(4 << 20, 5 << 20, 1 << 20); // ratio 5
        budget.entry();
        budget.entry();
        assertThat(refusal(budget::entry)).contains("more than 3 entries");
        assertThat(refusal(() -> budget.unpacked(2 << 20, 2 << 20, 5_000))).contains("more than 200 times");
        ImportUploads.ZipBudget total = new ImportUploads.ZipBudget(limits(10L << 20, 200, 3));
        total.unpacked(10 << 20, 10 << 20, 10 << 20);
        assertThat(refusal(() -> total.unpacked(1, 1, 1))).contains("more than 10 MiB (pimento.imports.zip.max-total-size)");
    }

    @Test
    void shouldSweepAbandonedUploadFoldersButNotFreshOnes() throws IOException {
        Path root = config.workDir();
        Path abandoned = Files.createDirectories(root.resolve(UUID.randomUUID().toString()));
        Files.writeString(abandoned.resolve("import.csv"), "code\n");
        FileTime old = FileTime.from(Instant.now().minus(config.staleAfter()).minusSeconds(60));
        Files.setLastModifiedTime(abandoned.resolve("import.csv"), old);
        Files.setLastModifiedTime(abandoned, old);
        Path fresh = Files.createDirectories(root.resolve(UUID.randomUUID().toString()));
        Path notOurs = Files.createDirectories(root.resolve("keep-me"));
        Files.setLastModifiedTime(notOurs, old);

        runner.sweepWorkDir();

        assertThat(abandoned).doesNotExist();
        assertThat(fresh).exists();
        assertThat(notOurs).exists();
        ImportRunner.deleteQuietly(fresh);
        ImportRunner.deleteQuietly(notOurs);
    }

    private static String refusal(Runnable step) {
        try {
            step.run();
        } catch (PayloadTooLargeException e) {
            assertThat(e.status()).isEqualTo(413);
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }

    private static ImportConfig.Zip limits(long total, int ratio, int entries) {
        return new ImportConfig.Zip() {
            @Override
            public io.quarkus.runtime.configuration.MemorySize maxTotalSize() {
                return new io.quarkus.runtime.configuration.MemorySize(java.math.BigInteger.valueOf(total));
            }

            @Override
            public int maxRatio() {
                return ratio;
            }

            @Override
            public int maxEntries() {
                return entries;
            }
        };
    }

    private Set<String> uploadFolders() {
        if (!Files.isDirectory(config.workDir())) {
            return Set.of();
        }
        try (Stream<Path> folders = Files.list(config.workDir())) {
            return folders.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP of the given small entries plus one entry of {@code zeros} zero bytes, written without holding them. */
    private static byte[] zipOf(Map<String, byte[]> entries, String zerosName, long zeros) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
            zip.putNextEntry(new ZipEntry(zerosName));
            byte[] block = new byte[1 << 20];
            for (long written = 0; written < zeros; written += block.length) {
                zip.write(block);
            }
        }
        return bytes.toByteArray();
    }
}
