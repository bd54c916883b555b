package io.pimento.demo;

import io.pimento.catalog.family.Family;
import io.pimento.catalog.product.Product;
import io.pimento.imports.ImportJobView;
import io.pimento.imports.ImportService;
import io.pimento.csv.CatalogFileType;
import io.pimento.security.Role;
import io.pimento.security.User;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Loads the demo catalog (a shop of apparel, footwear, outdoor gear and electronics, shipped as
 * Akeneo-dialect CSV under {@code demo/}) into an empty database, through the ordinary import
 * pipeline: the files are queued as import jobs in Akeneo's migration order and run one after
 * the other, visible in the imports list like any upload. The demo shop's segments
 * ({@link DemoSegments}) come with it.
 */
@ApplicationScoped
public class DemoCatalogLoader {

    private static final Logger LOG = Logger.getLogger(DemoCatalogLoader.class);
    private static final Pattern MEDIA_CELL = Pattern.compile("media/[A-Za-z0-9_.-]+\\.svg");

    /** The demo's files, in the order an Akeneo migration imports them. */
    static final List<CatalogFileType> FILES = List.of(CatalogFileType.CURRENCIES, CatalogFileType.LOCALES, CatalogFileType.CATEGORIES,
            CatalogFileType.CHANNELS, CatalogFileType.ATTRIBUTE_GROUPS, CatalogFileType.ATTRIBUTES, CatalogFileType.ATTRIBUTE_OPTIONS,
            CatalogFileType.FAMILIES, CatalogFileType.FAMILY_VARIANTS, CatalogFileType.ASSOCIATION_TYPES, CatalogFileType.PRODUCT_MODELS,
            CatalogFileType.PRODUCTS);

    private final ImportService imports;
    private final DemoSegments segments;
    private final boolean enabled;

    DemoCatalogLoader(ImportService imports, DemoSegments segments,
                      @ConfigProperty(name = "pimento.demo.load", defaultValue = "false") boolean enabled) {
        this.imports = imports;
        this.segments = segments;
        this.enabled = enabled;
    }

    // Observers default to APPLICATION + 500: this one runs after the demo users are created,
    // since the jobs run as the first administrator.
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    /** Queues the demo files as import jobs; does nothing on a catalog that already has content. */
    public List<ImportJobView> load() {
        if (QuarkusTransaction.requiringNew().call(() -> Family.count() > 0 || Product.count() > 0)) {
            LOG.info("The catalog is not empty: the demo catalog is not loaded");
            return List.of();
        }
        Optional<String> admin = QuarkusTransaction.requiringNew().call(() -> User.<User>find("role = ?1 and enabled = true order by id",
                Role.ADMIN_CODE).firstResultOptional().map(user -> user.username));
        if (admin.isEmpty()) {
            LOG.warn("No enabled administrator exists: the demo catalog is not loaded");
            return List.of();
        }
        List<ImportJobView> jobs = new ArrayList<>();
        for (CatalogFileType type : FILES) {
            Path upload = upload(type);
            try {
                jobs.add(imports.startAs(admin.get(), new ImportService.ImportRequest(upload, upload.getFileName().toString(),
                        type.code(), false, false, null)));
            } finally {
                deleteQuietly(upload);
            }
        }
        LOG.infof("Loading the demo catalog: %d import jobs queued (see /api/v1/imports or the Imports page)", jobs.size());
        LOG.infof("Demo segments created: %s", segments.load());
        return jobs;
    }

    /** The CSV of that kind, zipped with the images its cells name when there are any. */
    private static Path upload(CatalogFileType type) {
        String csv = read("demo/" + type.code() + ".csv");
        TreeSet<String> media = new TreeSet<>();
        Matcher matcher = MEDIA_CELL.matcher(csv);
        while (matcher.find()) {
            media.add(matcher.group());
        }
        try {
            if (media.isEmpty()) {
                Path file = Files.createTempFile("pimento-demo-" + type.code() + "-", ".csv");
                Files.writeString(file, csv, StandardCharsets.UTF_8);
                return file;
            }
            Path zip = Files.createTempFile("pimento-demo-" + type.code() + "-", ".zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                out.putNextEntry(new ZipEntry(type.code() + ".csv"));
                out.write(csv.getBytes(StandardCharsets.UTF_8));
                for (String image : media) {
                    out.putNextEntry(new ZipEntry(image));
                    out.write(read("demo/" + image).getBytes(StandardCharsets.UTF_8));
                }
            }
            return zip;
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the demo " + type.code() + " file", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debugf("could not delete %s: %s", file, e.getMessage());
        }
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
