package io.pimento.imports;

/** Thrown between batches once someone asked to cancel the job. */
public class ImportCancelledException extends RuntimeException {

    public ImportCancelledException() {
        super("cancelled", null, false, false);
    }
}
