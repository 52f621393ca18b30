package org.newsatlas.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Entry point of cleaning: cuts an article's original text into classified passages (body and
 * marked boilerplate) and prepares a passage's analysis text with stray in-word hyphens repaired.
 */
public final class ArticleCleaner {

    private final PassageClassifier classifier;
    private final Lexicon lexicon;

    /** @param lexicon known words for hyphen repair (English words, place names); may be empty */
    public ArticleCleaner(Lexicon lexicon) {
        this(PassageClassifier.standard(), lexicon);
    }

    ArticleCleaner(PassageClassifier classifier, Lexicon lexicon) {
        this.classifier = classifier;
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    public CleanedArticle clean(String originalText) {
        List<PassageSpan> passages = classifier.classify(originalText);
        Optional<String> headline = passages.stream()
                .filter(PassageClassifier::isHeadline)
                .findFirst()
                .map(p -> p.text(originalText));
        return new CleanedArticle(originalText, passages, headline);
    }

    /** The passage's text for analysis; its offsets map back into the article's original text. */
    public AnalysisText analysisText(CleanedArticle article, PassageSpan passage) {
        return hyphenRepair(article).analysisText(article.originalText(), passage);
    }

    /** Analysis texts of all body passages, in passage order. */
    public List<AnalysisText> bodyAnalysisTexts(CleanedArticle article) {
        return analysisTexts(article, article.bodyPassages());
    }

    /**
     * Analysis texts of the given passages of the article, in their order. The words the article uses unhyphenated
     * are gathered once for all of them (per passage, that scan of the whole article made analysis quadratic).
     */
    public List<AnalysisText> analysisTexts(CleanedArticle article, List<PassageSpan> passages) {
        InWordHyphenRepair repair = hyphenRepair(article);
        return passages.stream().map(p -> repair.analysisText(article.originalText(), p)).toList();
    }

    private InWordHyphenRepair hyphenRepair(CleanedArticle article) {
        return InWordHyphenRepair.forArticle(article.originalText(), lexicon);
    }

    /** Names and descriptions of the rules and passes, for logs and documentation. */
    public List<String> ruleDescriptions() {
        var lines = new java.util.ArrayList<String>();
        classifier.lineRules().forEach(r -> lines.add(r.name() + " -> " + r.kind() + ": " + r.description()));
        classifier.passes().forEach(p -> lines.add(p.name() + ": " + p.description()));
        return List.copyOf(lines);
    }
}
