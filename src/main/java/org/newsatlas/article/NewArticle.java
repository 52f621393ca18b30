package org.newsatlas.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An article about to be stored. The title may be absent (some pages have none); the store then derives one
 * from the first body passage.
 *
 * @param sourceName where the text came from (a file name, "pasted text", a URL)
 */
public record NewArticle(
        String title,
        String outlet,
        String author,
        LocalDate published,
        boolean publishedApproximate,
        String sourceName,
        String originalText) {

    public NewArticle {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(originalText, "originalText");
    }

    /** SHA-256 of the text as UTF-8: the same text imported twice is the same article. */
    public String contentHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(originalText.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
