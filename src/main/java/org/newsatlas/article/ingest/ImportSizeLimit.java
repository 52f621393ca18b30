package org.newsatlas.article.ingest;

import static org.newsatlas.article.ingest.ArticleReadException.Reason.EMPTY;
import static org.newsatlas.article.ingest.ArticleReadException.Reason.TOO_LARGE;

import java.io.IOException;
import java.io.InputStream;

/**
 * The largest article accepted ({@code newsatlas.import.max-bytes}), with one wording of its refusal for a file
 * and for a text sent over HTTP. A stream is read up to one byte past the limit, never further.
 */
public final class ImportSizeLimit {

    private final long maxBytes;

    public ImportSizeLimit(ImportProperties properties) {
        this.maxBytes = properties.maxBytes().toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * @param what what is measured, as the message names it: "file", "text"
     * @throws ArticleReadException EMPTY for no bytes, TOO_LARGE over the limit
     */
    public void check(String what, long size) throws ArticleReadException {
        if (size == 0) {
            throw new ArticleReadException(EMPTY, "empty " + what);
        }
        if (size > maxBytes) {
            throw tooLarge(what, ByteCount.format(size));
        }
    }

    /**
     * All bytes of the stream if there are at most {@link #maxBytes()} of them; reads no more than one byte past
     * the limit to know that there are more.
     */
    public byte[] read(String what, InputStream in) throws IOException, ArticleReadException {
        byte[] bytes = in.readNBytes(readLimit());
        if (bytes.length > maxBytes) {
            throw tooLarge(what, "more than " + ByteCount.format(maxBytes));
        }
        check(what, bytes.length);
        return bytes;
    }

    /** How many bytes to read at most: one past the limit, to know that there are more. */
    public int readLimit() {
        return (int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1);
    }

    /** The refusal of something of this size, in the one wording imports and the API share. */
    public ArticleReadException tooLarge(String what, String size) {
        return new ArticleReadException(TOO_LARGE, "%s too large: %s, the limit is %s (newsatlas.import.max-bytes)"
                .formatted(what, size, ByteCount.format(maxBytes)));
    }
}
