package org.newsatlas.article.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A named run of bytes to import: an uploaded file, a file on disk. Size is asked before the bytes, and the bytes
 * are read only up to a limit, so a file larger than it says (or than the limit) is never held whole in memory.
 */
public interface ArticleSource {

    String name();

    /** The size the source declares (a file's length, an upload's part size); -1 when unknown. */
    long size() throws IOException;

    /** At most {@code limit} bytes from the start: a source longer than that comes back cut at the limit. */
    byte[] bytes(int limit) throws IOException;

    static ArticleSource of(String name, byte[] bytes) {
        return new InMemory(name, bytes.clone());
    }

    static ArticleSource of(Path file) {
        return new OnDisk(file);
    }

    /** An upload being received: read once, while it streams in. */
    static ArticleSource of(String name, long declaredSize, InputStream in) {
        return new Streamed(name, declaredSize, in);
    }

    /** Bytes already in memory, e.g. a pasted text. */
    record InMemory(String name, byte[] content) implements ArticleSource {
        @Override
        public long size() {
            return content.length;
        }

        @Override
        public byte[] bytes(int limit) {
            return Arrays.copyOf(content, Math.min(limit, content.length));
        }
    }

    /** A file read only when its size is within the limit. */
    record OnDisk(Path file) implements ArticleSource {
        @Override
        public String name() {
            return file.toString();
        }

        @Override
        public long size() throws IOException {
            return Files.size(file);
        }

        @Override
        public byte[] bytes(int limit) throws IOException {
            try (InputStream in = Files.newInputStream(file)) {
                return in.readNBytes(limit);
            }
        }
    }

    /** An uploaded file's stream; the caller closes it. */
    record Streamed(String name, long declaredSize, InputStream in) implements ArticleSource {
        @Override
        public long size() {
            return declaredSize;
        }

        @Override
        public byte[] bytes(int limit) throws IOException {
            return in.readNBytes(limit);
        }
    }
}
