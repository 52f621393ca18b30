package org.newsatlas.article.ingest;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The sidecars among a batch's files (or an archive's), each paired with the article file it names. */
final class Sidecars {

    private final Map<String, ArticleSource> byArticle;
    private final Set<String> articles;

    private Sidecars(Map<String, ArticleSource> byArticle, Set<String> articles) {
        this.byArticle = byArticle;
        this.articles = articles;
    }

    static <T> Sidecars among(List<T> files, Function<T, String> name, Function<T, ArticleSource> source) {
        Map<String, ArticleSource> byArticle = new LinkedHashMap<>();
        Set<String> articles = new HashSet<>();
        for (T file : files) {
            String fileName = name.apply(file);
            if (Sidecar.isSidecar(fileName)) {
                byArticle.put(Sidecar.articleName(fileName), source.apply(file));
            } else {
                articles.add(fileName);
            }
        }
        return new Sidecars(byArticle, articles);
    }

    /** How many sidecars have their article file beside them (they are not counted as files of the batch). */
    int paired() {
        return (int) byArticle.keySet().stream().filter(articles::contains).count();
    }

    /** The sidecar of this article file, if the batch holds one. */
    Optional<ArticleSource> of(String articleName) {
        return Optional.ofNullable(byArticle.get(articleName));
    }

    /** A failed result for a sidecar whose article file is not in the batch; empty when it is. */
    Optional<FileOutcome> orphan(String sidecarName) {
        String article = Sidecar.articleName(sidecarName);
        if (articles.contains(article)) {
            return Optional.empty();
        }
        return Optional.of(FileOutcome.failed(sidecarName, "sidecar of " + ArticleFileReader.fileName(article)
                + ", which is not among the files imported with it; nothing was imported from it"));
    }
}
