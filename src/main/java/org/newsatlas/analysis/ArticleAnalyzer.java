package org.newsatlas.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsatlas.geoparse.Geoparser;
import org.newsatlas.geoparse.LocatedMention;
import org.newsatlas.geoparse.PassageTime;
import org.newsatlas.geoparse.ResolvedMention;
import org.newsatlas.geoparse.TimeTagger;
import org.newsatlas.text.AnalysisText;
import org.newsatlas.text.ArticleCleaner;
import org.newsatlas.text.CleanedArticle;
import org.newsatlas.text.PassageSpan;

/**
 * The whole text-to-places pipeline for one article: clean and split, repair stray hyphens for analysis,
 * geoparse the article's own passages together (so document context spans them), date each passage, and map
 * every offset back into the original text. Photo captions are dated but not geoparsed; other boilerplate is
 * kept but neither geoparsed nor dated.
 */
public final class ArticleAnalyzer {

    private final ArticleCleaner cleaner;
    private final Geoparser geoparser;
    private final TimeTagger timeTagger;

    public ArticleAnalyzer(ArticleCleaner cleaner, Geoparser geoparser, TimeTagger timeTagger) {
        this.cleaner = cleaner;
        this.geoparser = geoparser;
        this.timeTagger = timeTagger;
    }

    public AnalyzedArticle analyze(String originalText, LocalDate published) {
        CleanedArticle cleaned = cleaner.clean(originalText);
        List<PassageSpan> dated = cleaned.passages().stream().filter(p -> p.kind().isDated()).toList();
        List<AnalysisText> datedTexts = cleaner.analysisTexts(cleaned, dated);
        List<PassageSpan> content = new ArrayList<>();
        List<AnalysisText> texts = new ArrayList<>();
        for (int d = 0; d < dated.size(); d++) {
            if (dated.get(d).kind().isArticleContent()) {
                content.add(dated.get(d));
                texts.add(datedTexts.get(d));
            }
        }
        List<ResolvedMention> resolved = geoparser.parse(texts.stream().map(AnalysisText::text).toList());
        List<List<LocatedMention>> byPassage = new ArrayList<>();
        content.forEach(p -> byPassage.add(new ArrayList<>()));
        for (ResolvedMention r : resolved) {
            int index = r.mention().passage();
            byPassage.get(index).add(locate(originalText, content.get(index), texts.get(index), r));
        }
        List<AnalyzedPassage> passages = new ArrayList<>();
        int d = 0;
        int index = 0;
        for (PassageSpan span : cleaned.passages()) {
            if (!span.kind().isDated()) {
                passages.add(new AnalyzedPassage(span, List.of(), false, List.of()));
                continue;
            }
            PassageTime time = timeTagger.tag(datedTexts.get(d++).text(), published);
            boolean isContent = span.kind().isArticleContent();
            passages.add(new AnalyzedPassage(span, time.tagged(), time.fallback(),
                    isContent ? byPassage.get(index++) : List.of()));
        }
        return new AnalyzedArticle(cleaned, passages);
    }

    private static LocatedMention locate(String original, PassageSpan span, AnalysisText text, ResolvedMention r) {
        int start = text.originalStart(r.mention().start());
        int end = text.originalEnd(r.mention().end());
        return new LocatedMention(start, end, original.substring(start, end), span.ordinal(),
                r.mention().associative(), r.place(), r.confidence(), r.decidedBy(), r.reason(), r.runnersUp());
    }
}
