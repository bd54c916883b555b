package io.pimento.imports;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Keeps the media files of imported ZIPs under the media folder, named by content
 * ({@code ab/cd/abcd…_boot.png}): the same image imported twice is stored once and keeps its
 * key, so re-importing a file changes nothing. Values hold that key.
 */
@ApplicationScoped
public class MediaStore {

    private final ImportConfig config;

    MediaStore(ImportConfig config) {
        this.config = config;
    }

    /** Whether a value's data names a file already stored here (a key an export wrote). */
    public boolean exists(String key) {
        return resolve(key).map(Files::isRegularFile).orElse(false);
    }

    /** Copies the file in (if its content is new) and answers its key. */
    public String store(Path file) {
        try {
            String hash = sha1(file);
            String name = file.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
            String key = hash.substring(0, 2) + "/" + hash.substring(2, 4) + "/" + hash + "_" + name;
            Path target = config.mediaDir().resolve(key);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path partial = target.resolveSibling(target.getFileName() + ".part");
                Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Path> resolve(String key) {
        if (key == null || key.isBlank() || key.contains("..")) {
            return Optional.empty();
        }
        Path root = config.mediaDir().toAbsolutePath().normalize();
        Path path = root.resolve(key).normalize();
        return path.startsWith(root) ? Optional.of(path) : Optional.empty();
    }

    private static String sha1(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-1"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
