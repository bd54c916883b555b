package io.pimento.media;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Keeps media files under the media folder, named by content ({@code ab/cd/abcd…_boot.png}): the
 * same file stored twice is stored once and keeps its key, so re-importing a file changes nothing,
 * and a key's content never changes. Values hold that key.
 *
 * <p>A key is only ever looked up when it has exactly that shape, so no name a client sends
 * ({@code ..}, an absolute path, a decoded {@code %2F}) reaches outside the folder.
 */
@ApplicationScoped
public class MediaStore {

    /** The shape of every key this store writes: two folder levels from the SHA-1, then SHA-1 and a safe name. */
    static final Pattern KEY = Pattern.compile("([0-9a-f]{2})/([0-9a-f]{2})/(\\1\\2[0-9a-f]{36})_([A-Za-z0-9._-]{1,200})");

    /** Thumbnails live beside the files, in a folder no key can name (keys start with two hex digits). */
    private static final String THUMBNAILS = "thumbnails";
    private static final String PARTIALS = "partial";

    private final MediaConfig config;

    MediaStore(MediaConfig config) {
        this.config = config;
    }

    /** A stored file as the API describes it; derived from the file itself, so imported files have it too. */
    public record StoredFile(String key, Path path, Optional<MediaKind> kind, long size, String originalFilename,
                             String extension) {

        /** The sniffed type, or {@code application/octet-stream} for anything else. */
        public String mimeType() {
            return kind.map(MediaKind::mimeType).orElse("application/octet-stream");
        }

        /** The SHA-1 of the content, part of the key. */
        public String hash() {
            return key.substring(6, 46);
        }
    }

    /** A stored file's key, and whether this call added it (it was not stored before). */
    public record Stored(String key, boolean created) {
    }

    /** Whether a value's data names a file already stored here (a key an export wrote). */
    public boolean exists(String key) {
        return path(key).map(Files::isRegularFile).orElse(false);
    }

    /** The stored file of a key; empty for a key of another shape or one not stored. */
    public Optional<StoredFile> find(String key) {
        return path(key).filter(Files::isRegularFile).map(path -> describe(key, path));
    }

    /** Copies the file in (if its content is new) and answers its key, named after the file. */
    public String store(Path file) {
        return store(file, file.getFileName().toString()).key();
    }

    /** Copies the content in under the name the client gave it (if its content is new). */
    public Stored store(Path content, String originalFilename) {
        try {
            String hash = sha1(content);
            String key = hash.substring(0, 2) + "/" + hash.substring(2, 4) + "/" + hash + "_" + safeName(originalFilename);
            Path target = config.dir().resolve(key);
            if (Files.exists(target)) {
                return new Stored(key, false);
            }
            Files.createDirectories(target.getParent());
            // written beside the store (same file system, so the move is atomic) where no key can name or list it
            Path partials = Files.createDirectories(config.dir().resolve(PARTIALS));
            Path partial = Files.createTempFile(partials, hash, ".part");
            try {
                Files.copy(content, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
            return new Stored(key, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a file this request stored and then could not use (nothing refers to it yet). */
    public void discard(Stored stored) {
        if (stored.created()) {
            path(stored.key()).ifPresent(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Every stored key, in key order, after the given one (null: from the first). */
    public Stream<String> keys(String after) {
        Path root = config.dir();
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        // Folder by folder in name order, so a page is read without listing the whole store
        return sortedChildren(root).filter(first -> first.matches("[0-9a-f]{2}"))
                .filter(first -> after == null || first.compareTo(after.substring(0, Math.min(2, after.length()))) >= 0)
                .flatMap(first -> sortedChildren(root.resolve(first)).map(second -> first + "/" + second))
                .filter(folder -> folder.matches("[0-9a-f]{2}/[0-9a-f]{2}"))
                .filter(folder -> after == null || folder.compareTo(after.substring(0, Math.min(5, after.length()))) >= 0)
                .flatMap(folder -> sortedChildren(root.resolve(folder)).map(name -> folder + "/" + name))
                .filter(key -> KEY.matcher(key).matches())
                .filter(key -> after == null || key.compareTo(after) > 0);
    }

    /** Where the thumbnail of a key at a size is cached. */
    Path thumbnailPath(StoredFile file, String size, String extension) {
        return config.dir().resolve(THUMBNAILS).resolve(size).resolve(file.key() + "." + extension);
    }

    private Optional<Path> path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Path root = config.dir().toAbsolutePath().normalize();
        Path path = root.resolve(key).normalize();
        return path.startsWith(root) ? Optional.of(path) : Optional.empty();
    }

    private static StoredFile describe(String key, Path path) {
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(path)) {
                head = in.readNBytes(MediaKind.HEAD_SIZE);
            }
            String name = key.substring(47);
            int dot = name.lastIndexOf('.');
            return new StoredFile(key, path, MediaKind.sniff(head), Files.size(path), name,
                    dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name part of a key: letters, digits, dot, dash and underscore, at most 200 of them. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        if (base.isEmpty()) {
            base = "file";
        }
        return base.length() <= 200 ? base : base.substring(base.length() - 200);
    }

    private static Stream<String> sortedChildren(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.map(child -> child.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha1(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-1"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
