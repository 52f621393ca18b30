package org.newsatlas.article.ingest;

import java.util.Objects;

/** Why a file could not become an article, as one line a person can act on. */
public class ArticleReadException extends Exception {

    /** What kind of problem the file has. */
    public enum Reason { EMPTY, BINARY, TOO_LARGE, UNDECODABLE, UNSUPPORTED_TYPE, UNREADABLE, DATE_OUT_OF_RANGE }

    private final Reason reason;

    public ArticleReadException(Reason reason, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
