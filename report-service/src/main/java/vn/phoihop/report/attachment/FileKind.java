package vn.phoihop.report.attachment;

import java.util.Arrays;
import java.util.Optional;

/** The file types a report may carry, told apart by their first bytes (magic numbers). */
public enum FileKind {
    PDF("application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    public final String mediaType;
    private final byte[] magic;

    FileKind(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public static Optional<FileKind> of(byte[] content) {
        return Arrays.stream(values())
                .filter(kind -> content.length >= kind.magic.length
                        && Arrays.equals(content, 0, kind.magic.length, kind.magic, 0, kind.magic.length))
                .findFirst();
    }
}
