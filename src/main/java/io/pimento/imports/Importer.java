package io.pimento.imports;

import io.pimento.csv.CatalogFileType;

/**
 * Imports one kind of file. Implementations read the file through the {@link ImportRun}, count
 * every row and report rejected ones there, and call {@link ImportRun#checkpoint()} between
 * committed batches. They honour {@code dryRun} (write nothing) and {@code allOrNothing} (write
 * nothing unless every row is valid). The returned text becomes the job's message.
 */
public interface Importer {

    CatalogFileType type();

    String run(ImportRun run);
}
