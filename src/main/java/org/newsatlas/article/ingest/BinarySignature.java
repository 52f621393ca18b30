package org.newsatlas.article.ingest;

import java.util.Arrays;
import java.util.Optional;

/** Leading bytes of common binary formats people drop by mistake, to name them in the error. */
enum BinarySignature {
    PNG("a PNG image", 0x89, 'P', 'N', 'G'),
    JPEG("a JPEG image", 0xFF, 0xD8, 0xFF),
    GIF("a GIF image", 'G', 'I', 'F', '8'),
    PDF("a PDF document (export it as text or HTML first)", '%', 'P', 'D', 'F', '-'),
    ZIP("a ZIP archive or an Office document (save it as text or HTML first)", 'P', 'K', 3, 4),
    GZIP("a gzip archive", 0x1F, 0x8B),
    OLE("an old Office document (save it as text or HTML first)", 0xD0, 0xCF, 0x11, 0xE0),
    ELF("a program", 0x7F, 'E', 'L', 'F');

    private final String description;
    private final int[] magic;

    BinarySignature(String description, int... magic) {
        this.description = description;
        this.magic = magic;
    }

    String description() {
        return description;
    }

    static Optional<BinarySignature> of(byte[] bytes) {
        return Arrays.stream(values()).filter(s -> s.matches(bytes)).findFirst();
    }

    private boolean matches(byte[] bytes) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
