package io.pimento.web;

import io.pimento.catalog.product.ProductValue;
import io.pimento.history.FieldChange;
import io.pimento.imports.ImportJobView;
import io.pimento.imports.ImportStatus;
import io.pimento.csv.CatalogFileType;
import io.pimento.search.query.ProductHit;
import io.quarkus.qute.TemplateExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How the UI shows values: computed here so templates only print them. */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private Formats() {
    }

    // ----- import jobs

    static boolean finished(ImportJobView job) {
        return ImportStatus.fromCode(job.status()).isFinished();
    }

    static boolean cancellable(ImportJobView job) {
        return !finished(job);
    }

    static int percent(ImportJobView job) {
        return job.progress() == null ? 0 : job.progress();
    }

    /** "12,345 rows/s" once rows were read, "-" before. */
    static String rate(ImportJobView job) {
        return job.rowsPerSecond() > 0 ? String.format(Locale.ROOT, "%,.1f rows/s", job.rowsPerSecond()) : "-";
    }

    /** "about 1 min 20 s left" while running, "took 12 s" once finished, "-" when not known yet. */
    static String eta(ImportJobView job) {
        if (finished(job)) {
            return job.startedAt() == null || job.finishedAt() == null ? "-"
                    : "took " + duration(Math.max(1, Duration.between(job.startedAt(), job.finishedAt()).toSeconds()));
        }
        return job.etaSeconds() == null ? "-" : "about " + duration(job.etaSeconds()) + " left";
    }

    /** "41% of 100,000 rows" when the total is known. */
    static String progressText(ImportJobView job) {
        if (job.total() == null) {
            return job.read() > 0 ? "%s rows read".formatted(number(job.read())) : "waiting for the file to be read";
        }
        return "%d%% of %s rows".formatted(percent(job), number(job.total()));
    }

    static String statusLabel(ImportJobView job) {
        return statusLabel(job.status());
    }

    static String typeLabel(ImportJobView job) {
        return CatalogFileType.fromCode(job.type()).map(Formats::label).orElse(job.type());
    }

    // ----- import types

    /** "Attribute options" for attribute_options. */
    static String label(CatalogFileType type) {
        String words = type.code().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    // ----- products

    static String completenessText(ProductHit hit) {
        return hit.completeness() == null ? "-" : hit.completeness() + "%";
    }

    /** The identifier as one segment of a URL path (public: redirects build product URLs with it too). */
    public static String urlPath(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String beforeText(FieldChange change) {
        return dataText(change.before());
    }

    static String afterText(FieldChange change) {
        return dataText(change.after());
    }

    // ----- general values

    /** "in_review" → "In review", "completed" → "Completed". Public for the filters pages build in Java. */
    public static String statusLabel(String status) {
        if (status == null || status.isEmpty()) {
            return "";
        }
        String words = status.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }

    /** An ISO-8601 instant as text (how structure payloads carry their dates), shown like {@link #time(Instant)}. */
    static String isoTime(String instant) {
        if (instant == null || instant.isBlank()) {
            return "-";
        }
        try {
            return time(Instant.parse(instant));
        } catch (java.time.format.DateTimeParseException e) {
            return instant;
        }
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String number(Integer value) {
        return value == null ? "-" : number(value.longValue());
    }

    /** A product value's data as text: options joined, prices and metrics with their currency or unit. */
    static String text(ProductValue value) {
        return dataText(value.data());
    }

    private static String dataText(Object data) {
        if (data == null) {
            return "(empty)";
        }
        if (data instanceof Boolean flag) {
            return flag ? "Yes" : "No";
        }
        if (data instanceof List<?> list) {
            return list.stream().map(Formats::dataText).collect(Collectors.joining(", "));
        }
        if (data instanceof Map<?, ?> map) {
            if (map.containsKey("amount") && map.containsKey("currency")) {
                return map.get("amount") + " " + map.get("currency");
            }
            if (map.containsKey("amount") && map.containsKey("unit")) {
                return map.get("amount") + " " + map.get("unit");
            }
            return map.toString();
        }
        return String.valueOf(data);
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return "%d min %d s".formatted(seconds / 60, seconds % 60);
        }
        return "%d h %d min".formatted(seconds / 3600, (seconds % 3600) / 60);
    }
}
