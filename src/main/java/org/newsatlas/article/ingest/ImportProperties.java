package org.newsatlas.article.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.util.unit.DataSize;

/**
 * Settings for bringing in the user's own articles ({@code newsatlas.import.*}).
 *
 * @param maxBytes       the largest article file accepted (upload, command line); {@code 5MB} by default
 * @param maxBundleBytes the largest CSV, JSON Lines or ZIP file the {@code import} command reads, and what a ZIP
 *                       may unpack to; {@code 100MB} by default, never less than {@code maxBytes}. (An upload through
 *                       the browser stays within {@code maxBytes}, the servlet's one multipart limit.)
 * @param threads        how many articles of a batch are read and analysed at once (the text work; storing is one
 *                       at a time); the number of processors by default
 * @param fetchPrivateAddresses whether a public server fetches web addresses typed into "Add articles" that
 *                       resolve inside its own network (loopback, private, link-local); {@code false} by default, see
 *                       {@link FetchRule}. A loopback server and the command line fetch any address.
 */
@ConfigurationProperties("newsatlas.import")
public record ImportProperties(DataSize maxBytes, DataSize maxBundleBytes, Integer threads,
                               Boolean fetchPrivateAddresses) {

    public static final DataSize DEFAULT_MAX_BUNDLE = DataSize.ofMegabytes(100);

    public static final DataSize DEFAULT_MAX = DataSize.ofMegabytes(5);
    /** A file is read into one array: well under 2 GB. */
    public static final DataSize LARGEST_MAX = DataSize.ofMegabytes(1024);

    @ConstructorBinding
    public ImportProperties {
        if (fetchPrivateAddresses == null) {
            fetchPrivateAddresses = false;
        }
        if (threads == null) {
            threads = Runtime.getRuntime().availableProcessors();
        }
        if (threads < 1) {
            throw new IllegalArgumentException("newsatlas.import.threads must be at least 1");
        }
        if (maxBytes == null) {
            maxBytes = DEFAULT_MAX;
        }
        if (maxBytes.toBytes() <= 0) {
            throw new IllegalArgumentException("newsatlas.import.max-bytes must be positive");
        }
        if (maxBytes.compareTo(LARGEST_MAX) > 0) {
            throw new IllegalArgumentException("newsatlas.import.max-bytes must be at most " + LARGEST_MAX);
        }
        if (maxBundleBytes == null) {
            maxBundleBytes = DEFAULT_MAX_BUNDLE;
        }
        if (maxBundleBytes.compareTo(LARGEST_MAX) > 0) {
            throw new IllegalArgumentException("newsatlas.import.max-bundle-bytes must be at most " + LARGEST_MAX);
        }
        if (maxBundleBytes.compareTo(maxBytes) < 0) {
            maxBundleBytes = maxBytes;
        }
    }

    public ImportProperties(DataSize maxBytes, DataSize maxBundleBytes) {
        this(maxBytes, maxBundleBytes, null, null);
    }

}
