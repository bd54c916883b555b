package io.pimento.imports.structure;

import io.pimento.catalog.support.Saved;
import io.pimento.catalog.support.StructurePayload;
import io.pimento.catalog.support.StructureService;
import io.pimento.csv.CatalogFileType;
import io.pimento.csv.CsvRow;
import io.pimento.csv.MalformedCsvException;
import io.pimento.csv.StructureColumns;
import io.pimento.csv.ValueCells;
import io.pimento.imports.RowByRowImporter;
import io.pimento.imports.RowOutcome;
import io.pimento.imports.RowRejectedException;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Imports a structure file (locales, channels, attributes...) through its structure service, which
 * validates each row exactly as an API write. The columns and how they map to the payload are
 * {@link StructureColumns}', shared with the export. Importer beans run one job at a time per
 * instance, so the header read in {@link #prepare} is kept on the bean for the rows that follow.
 * Columns of Akeneo's exports Pimento has no use for are read past, any other unknown column
 * refuses the file.
 */
public abstract class StructureFileImporter<P> extends RowByRowImporter {

    private List<String> header;

    /** This kind's entry of the column table. */
    protected abstract StructureColumns<P> columns();

    /** Creates or updates what the row describes; throws a ProblemException or RowRejectedException to refuse it. */
    protected abstract RowOutcome apply(P payload);

    @Override
    public CatalogFileType type() {
        return columns().type();
    }

    @Override
    protected void prepare(List<String> header) {
        Set<String> unknown = columns().unknown(header);
        if (!unknown.isEmpty()) {
            throw new MalformedCsvException(1, "unknown column(s) %s for a %s file; known columns are %s"
                    .formatted(unknown, type().code(), columns().describe()));
        }
        Set<String> missing = columns().missing(header);
        if (!missing.isEmpty()) {
            throw new MalformedCsvException(1, "the column(s) %s are required in a %s file".formatted(missing, type().code()));
        }
        this.header = List.copyOf(header);
    }

    @Override
    protected RowOutcome apply(CsvRow row) {
        P payload;
        try {
            payload = columns().read(header, row.cells());
        } catch (ValueCells.CellException e) {
            throw new RowRejectedException(e.getMessage());
        }
        return apply(payload);
    }

    /** Creates or patches through the service; unchanged when the service kept the same version. */
    protected static <T extends StructurePayload> RowOutcome upsert(StructureService<?, T> service, T payload) {
        requireCode(payload.code());
        Integer before = service.findPayload(payload.code()).map(StructurePayload::version).orElse(null);
        Saved<T> saved = service.upsert(payload);
        if (saved.created()) {
            return RowOutcome.CREATED;
        }
        return Objects.equals(before, saved.value().version()) ? RowOutcome.UNCHANGED : RowOutcome.UPDATED;
    }

    protected static void requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw new RowRejectedException("code: the code is required");
        }
    }
}
