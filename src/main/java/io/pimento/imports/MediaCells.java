package io.pimento.imports;

import io.pimento.csv.ValueCells;
import io.pimento.media.MediaStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a media cell: the path of a file in the uploaded ZIP (stored, and replaced by its stored
 * key, when the import writes) or the key of a file already stored (as an export writes it).
 */
public final class MediaCells {

    private final MediaStore store;
    private final Optional<Path> zipRoot;
    private final boolean write;

    public MediaCells(MediaStore store, Optional<Path> zipRoot, boolean write) {
        this.store = store;
        this.zipRoot = zipRoot;
        this.write = write;
    }

    public String resolve(String cell) {
        if (zipRoot.isPresent()) {
            Path root = zipRoot.get();
            Path file = root.resolve(cell).normalize();
            if (file.startsWith(root) && Files.isRegularFile(file)) {
                return write ? store.store(file) : cell;
            }
        }
        if (store.exists(cell)) {
            return cell;
        }
        throw new ValueCells.CellException(zipRoot.isPresent()
                ? "file '%s' is not in the uploaded ZIP".formatted(cell)
                : "file '%s' is not stored yet: upload a ZIP holding the CSV and its media files".formatted(cell));
    }
}
