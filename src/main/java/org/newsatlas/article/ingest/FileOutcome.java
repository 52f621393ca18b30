package org.newsatlas.article.ingest;

import java.util.List;
import java.util.Objects;
import org.newsatlas.article.ImportOutcome;

/**
 * What became of one file in an import batch.
 *
 * @param source    the name the user knows the file by (path or uploaded file name)
 * @param articleId the stored article (new or the one it duplicates); null when the file failed
 * @param message   the one-line detail: passages stored, which article it duplicates, why it failed
 * @param warnings  what the reader changed on the way (scripts removed, charset guessed)
 */
public record FileOutcome(String source, Result result, Long articleId, String message, List<String> warnings) {

    public enum Result { IMPORTED, DUPLICATE, FAILED }

    public FileOutcome {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(result, "result");
        warnings = List.copyOf(warnings);
    }

    static FileOutcome stored(String source, ImportOutcome outcome, List<String> warnings) {
        Result result = outcome.status() == ImportOutcome.Status.IMPORTED ? Result.IMPORTED : Result.DUPLICATE;
        return new FileOutcome(source, result, outcome.articleId(), outcome.message(), warnings);
    }

    static FileOutcome failed(String source, String reason) {
        return new FileOutcome(source, Result.FAILED, null, reason, List.of());
    }

    public boolean failed() {
        return result == Result.FAILED;
    }

    /** "imported  a.html: article 12, 8 passages (removed 2 scripts ...)", one line. */
    public String line() {
        String verb = switch (result) {
            case IMPORTED -> "imported";
            case DUPLICATE -> "duplicate";
            case FAILED -> "failed";
        };
        String detail = articleId == null || result == Result.DUPLICATE ? message : "article " + articleId + ", " + message;
        String notes = warnings.isEmpty() ? "" : " (" + String.join("; ", warnings) + ")";
        return "%-9s %s: %s%s".formatted(verb, source, detail, notes);
    }
}
