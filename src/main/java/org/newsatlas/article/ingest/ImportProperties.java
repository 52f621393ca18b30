package org.newsatlas.article.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings for bringing in the user's own articles ({@code newsatlas.import.*}).
 *
 * @param maxBytes the largest file accepted (upload, command line); {@code 5MB} by default
 */
@ConfigurationProperties("newsatlas.import")
public record ImportProperties(DataSize maxBytes) {

    public static final DataSize DEFAULT_MAX = DataSize.ofMegabytes(5);
    /** A file is read into one array: well under 2 GB. */
    public static final DataSize LARGEST_MAX = DataSize.ofMegabytes(1024);

    public ImportProperties {
        if (maxBytes == null) {
            maxBytes = DEFAULT_MAX;
        }
        if (maxBytes.toBytes() <= 0) {
            throw new IllegalArgumentException("newsatlas.import.max-bytes must be positive");
        }
        if (maxBytes.compareTo(LARGEST_MAX) > 0) {
            throw new IllegalArgumentException("newsatlas.import.max-bytes must be at most " + LARGEST_MAX);
        }
    }
}
