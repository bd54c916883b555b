package io.pimento.imports.structure;

import io.pimento.csv.CsvRow;
import io.pimento.csv.MalformedCsvException;
import io.pimento.catalog.support.Saved;
import io.pimento.catalog.support.StructurePayload;
import io.pimento.catalog.support.StructureService;
import io.pimento.imports.RowByRowImporter;
import io.pimento.imports.RowRejectedException;
import io.pimento.imports.RowOutcome;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Imports a structure file (locales, channels, attributes...) through its structure service, which
 * validates each row exactly as an API write. Importer beans run one job at a time per instance,
 * so the header read in {@link #prepare} is kept on the bean for the rows that follow. Columns are Akeneo's; those of Akeneo's exports
 * Pimento has no use for are read past, any other unknown column refuses the file.
 */
public abstract class StructureFileImporter extends RowByRowImporter {

    private static final Pattern LOCALE_CODE = Pattern.compile("^[a-z]{2,3}(_[A-Z][a-z]{3})?_([A-Z]{2}|\\d{3})$");

    private List<String> header;

    /** Columns this kind reads (besides {@code label-<locale>} when {@link #hasLabels()}). */
    protected abstract Set<String> columns();

    /** Creates or updates what the row describes; throws a ProblemException or RowRejectedException to refuse it. */
    protected abstract RowOutcome apply(StructureRow row);

    /** Columns of Akeneo's exports this kind has no use for; they are read past, not refused. */
    protected Set<String> ignoredColumns() {
        return Set.of();
    }

    /** Column prefixes such as {@code requirements-} whose suffix is free. */
    protected Set<String> prefixes() {
        return Set.of();
    }

    protected boolean hasLabels() {
        return true;
    }

    /** Columns the file must have. */
    protected Set<String> requiredColumns() {
        return Set.of("code");
    }

    @Override
    protected void prepare(List<String> header) {
        Set<String> unknown = new TreeSet<>();
        for (String column : header) {
            if (!isKnown(column)) {
                unknown.add(column);
            }
        }
        if (!unknown.isEmpty()) {
            throw new MalformedCsvException(1, "unknown column(s) %s for a %s file; known columns are %s"
                    .formatted(unknown, type().code(), describeColumns()));
        }
        Set<String> missing = new TreeSet<>(requiredColumns());
        header.forEach(missing::remove);
        if (!missing.isEmpty()) {
            throw new MalformedCsvException(1, "the column(s) %s are required in a %s file".formatted(missing, type().code()));
        }
        this.header = List.copyOf(header);
    }

    @Override
    protected RowOutcome apply(CsvRow row) {
        return apply(new StructureRow(header, row.cells()));
    }

    /** Creates or patches through the service; unchanged when the service kept the same version. */
    protected static <P extends StructurePayload> RowOutcome upsert(StructureService<?, P> service, P payload) {
        if (payload.code() == null || payload.code().isBlank()) {
            throw new RowRejectedException("code: the code is required");
        }
        Integer before = service.findPayload(payload.code()).map(StructurePayload::version).orElse(null);
        Saved<P> saved = service.upsert(payload);
        if (saved.created()) {
            return RowOutcome.CREATED;
        }
        return Objects.equals(before, saved.value().version()) ? RowOutcome.UNCHANGED : RowOutcome.UPDATED;
    }

    private boolean isKnown(String column) {
        if (columns().contains(column) || ignoredColumns().contains(column)) {
            return true;
        }
        if (hasLabels() && column.startsWith("label-") && LOCALE_CODE.matcher(column.substring(6)).matches()) {
            return true;
        }
        return prefixes().stream().anyMatch(p -> column.startsWith(p) && column.length() > p.length());
    }

    private String describeColumns() {
        Set<String> known = new TreeSet<>(columns());
        if (hasLabels()) {
            known.add("label-<locale>");
        }
        prefixes().forEach(p -> known.add(p + "<...>"));
        return known.toString();
    }
}
