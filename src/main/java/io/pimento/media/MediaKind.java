package io.pimento.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a stored file is, told by its first bytes (never by its name, which the sender chose).
 * Only the kinds marked uploadable may be uploaded; SVG is recognised so the demo's and imported
 * images are served as images, but is not uploadable: it can carry scripts.
 */
public enum MediaKind {
    PNG("image/png", List.of("png"), true),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), true),
    GIF("image/gif", List.of("gif"), true),
    WEBP("image/webp", List.of("webp"), true),
    PDF("application/pdf", List.of("pdf"), true),
    SVG("image/svg+xml", List.of("svg"), false);

    /** How many leading bytes {@link #sniff} looks at. */
    public static final int HEAD_SIZE = 512;

    private final String mimeType;
    private final List<String> extensions;
    private final boolean uploadable;

    MediaKind(String mimeType, List<String> extensions, boolean uploadable) {
        this.mimeType = mimeType;
        this.extensions = extensions;
        this.uploadable = uploadable;
    }

    public String mimeType() {
        return mimeType;
    }

    /** The usual extensions, the first one preferred. */
    public List<String> extensions() {
        return extensions;
    }

    public boolean uploadable() {
        return uploadable;
    }

    /** The kinds an upload may be, for messages. */
    public static List<String> uploadableNames() {
        return Arrays.stream(values()).filter(MediaKind::uploadable).map(Enum::name).toList();
    }

    /** The kind of a file from its first bytes (up to {@link #HEAD_SIZE}); empty when none of these. */
    public static Optional<MediaKind> sniff(byte[] head) {
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 12
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Optional.of(WEBP);
        }
        if (startsWith(head, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        String text = new String(head, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "").stripLeading();
        if ((text.startsWith("<?xml") || text.startsWith("<svg") || text.startsWith("<!--")) && text.contains("<svg")) {
            return Optional.of(SVG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
