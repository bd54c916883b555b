package io.pimento.media;

import io.pimento.common.BadRequestException;
import io.pimento.common.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;

/**
 * Scaled-down copies of stored images, made on first request with the JDK's own ImageIO (PNG, JPEG
 * and GIF; no library needed for three formats) and kept on disk: a key's content never changes, so
 * neither does its thumbnail. Large images are read subsampled, so a huge picture never needs its
 * full size in memory.
 */
@ApplicationScoped
public class Thumbnails {

    static {
        // no display on a server; ImageIO and Java2D work without one
        System.setProperty("java.awt.headless", "true");
    }

    /** The sizes offered: the longest side in pixels, never enlarged. */
    public enum Size {
        SMALL(128), MEDIUM(512);

        final int pixels;

        Size(int pixels) {
            this.pixels = pixels;
        }

        public static Size of(String name) {
            return Arrays.stream(values()).filter(size -> size.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> BadRequestException.of("thumbnail",
                            "'%s' is not a thumbnail size; use small (%d px) or medium (%d px)"
                                    .formatted(io.pimento.common.Texts.abbreviate(name), SMALL.pixels, MEDIUM.pixels)));
        }
    }

    private final MediaStore store;

    Thumbnails(MediaStore store) {
        this.store = store;
    }

    /** Whether a stored file has thumbnails: PNG, JPEG and GIF images, the formats the JDK reads. */
    public static boolean exist(MediaStore.StoredFile file) {
        return file.kind().filter(Thumbnails::readable).isPresent();
    }

    private static boolean readable(MediaKind kind) {
        return kind == MediaKind.PNG || kind == MediaKind.JPEG || kind == MediaKind.GIF;
    }

    /** The thumbnail file of a stored image at a size; a 404 problem for files ImageIO cannot read (PDF, SVG, WebP). */
    public MediaStore.StoredFile of(MediaStore.StoredFile original, Size size) {
        MediaKind kind = original.kind().filter(Thumbnails::readable)
                .orElseThrow(() -> new NotFoundException("no thumbnail: thumbnails are made of PNG, JPEG and GIF images, and this file is "
                        + original.kind().map(Enum::name).orElse("not an image")));
        // photos stay JPEG (small); PNG and GIF become PNG, which keeps their transparency
        MediaKind format = kind == MediaKind.JPEG ? MediaKind.JPEG : MediaKind.PNG;
        String extension = format.extensions().get(0);
        Path target = store.thumbnailPath(original, size.name().toLowerCase(Locale.ROOT), extension);
        try {
            if (!Files.exists(target)) {
                write(original.path(), size.pixels, format, target);
            }
            return new MediaStore.StoredFile(original.key(), target, java.util.Optional.of(format), Files.size(target),
                    original.originalFilename(), extension);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path source, int box, MediaKind format, Path target) throws IOException {
        BufferedImage image = read(source, box);
        double scale = Math.min(1.0, (double) box / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage scaled = new BufferedImage(width, height,
                format == MediaKind.JPEG ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = scaled.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), "thumbnail", ".part");
        try {
            if (!ImageIO.write(scaled, format.extensions().get(0), partial.toFile())) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Reads the image, skipping pixels when it is more than twice the box: memory stays near the box's size. */
    private static BufferedImage read(Path source, int box) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new NotFoundException("no thumbnail: the image cannot be read");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, longest / (box * 2));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } catch (IOException | RuntimeException broken) {
                throw new NotFoundException("no thumbnail: the image cannot be read");
            } finally {
                reader.dispose();
            }
        }
    }
}
