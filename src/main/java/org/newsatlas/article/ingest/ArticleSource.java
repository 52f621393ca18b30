package org.newsatlas.article.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A named run of bytes to import: an uploaded file, a file on disk. Size is asked before the bytes. */
public interface ArticleSource {

    String name();

    long size() throws IOException;

    byte[] bytes() throws IOException;

    static ArticleSource of(String name, byte[] bytes) {
        return new InMemory(name, bytes.clone());
    }

    static ArticleSource of(Path file) {
        return new OnDisk(file);
    }

    /** Bytes already in memory, e.g. an upload. */
    record InMemory(String name, byte[] content) implements ArticleSource {
        @Override
        public long size() {
            return content.length;
        }

        @Override
        public byte[] bytes() {
            return content.clone();
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
        public byte[] bytes() throws IOException {
            return Files.readAllBytes(file);
        }
    }
}
