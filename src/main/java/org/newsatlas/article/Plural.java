package org.newsatlas.article;

/** A count with its noun: "1 article", "2 articles", "0 passages". Regular English plurals only. */
public final class Plural {

    private Plural() {
    }

    public static String of(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
