package io.pimento.media;

import io.pimento.common.BadRequestException;
import io.pimento.common.NotFoundException;
import io.pimento.common.PayloadTooLargeException;
import io.pimento.common.Texts;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Stores uploaded files after checking them, and finds stored ones; used by Pimento's and Akeneo's APIs alike. */
@ApplicationScoped
public class MediaService {

    private final MediaStore store;
    private final MediaConfig config;

    MediaService(MediaStore store, MediaConfig config) {
        this.store = store;
        this.config = config;
    }

    /** An upload as the HTTP layer received it: the temporary file and the name the client sent. */
    public record Upload(Path content, String filename) {
    }

    /**
     * Stores an upload of an allowed kind, told by its content, within the size limit. Its name may
     * leave out the extension (the content's is added) but may not claim another kind.
     *
     * @param field the form field the file came in, named by refusals
     */
    public MediaStore.Stored store(Upload upload, String field) {
        if (upload == null || upload.content() == null) {
            throw BadRequestException.of(field, "a file is required in the multipart field '%s'".formatted(field));
        }
        long size = size(upload.content());
        long max = config.maxFileSize().asLongValue();
        if (size > max) {
            throw new PayloadTooLargeException(field, "the file has %d bytes; at most %d are allowed (pimento.media.max-file-size)"
                    .formatted(size, max));
        }
        if (size == 0) {
            throw new UnsupportedMediaException(field, "the file is empty");
        }
        MediaKind kind = MediaKind.sniff(head(upload.content())).filter(MediaKind::uploadable)
                .orElseThrow(() -> new UnsupportedMediaException(field, "the content of '%s' is none of %s"
                        .formatted(Texts.abbreviate(filename(upload)), MediaKind.uploadableNames())));
        return store.store(upload.content(), named(filename(upload), kind, field));
    }

    /** The stored file of a key, or a 404 problem. */
    public MediaStore.StoredFile get(String key) {
        return store.find(key).orElseThrow(() -> NotFoundException.of("media file", Texts.abbreviate(key)));
    }

    public void discard(MediaStore.Stored stored) {
        store.discard(stored);
    }

    /** The client's name, with the content's extension when it has none; another kind's extension is refused. */
    private static String named(String filename, MediaKind kind, String field) {
        String name = MediaStore.safeName(filename);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return name + "." + kind.extensions().get(0);
        }
        String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!kind.extensions().contains(extension)) {
            throw new UnsupportedMediaException(field, "'%s' holds %s content; name it .%s"
                    .formatted(Texts.abbreviate(filename), kind.name(), kind.extensions().get(0)));
        }
        return name;
    }

    private static String filename(Upload upload) {
        return upload.filename() == null || upload.filename().isBlank() ? "file" : upload.filename();
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MediaKind.HEAD_SIZE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
