package org.newsatlas.article.ingest;

import java.time.LocalDate;

/** An article typed or pasted into the form: text plus what the user knows about it (each may be blank). */
public record PastedArticle(String title, String outlet, LocalDate published, String text) {

    public static final String SOURCE_NAME = "pasted text";
}
