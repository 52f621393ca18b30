package org.newsatlas.article.ingest;

import java.util.Locale;
import org.newsatlas.article.Plural;

/** A byte count as a person reads it: 812 bytes, 14.2 KB, 5.0 MB (1 KB = 1024 bytes). */
public final class ByteCount {

    private ByteCount() {
    }

    public static String format(long bytes) {
        if (bytes < 1024) {
            return Plural.of(bytes, "byte");
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return String.format(Locale.ROOT, "%.1f KB", kb);
        }
        return String.format(Locale.ROOT, "%.1f MB", kb / 1024.0);
    }
}
