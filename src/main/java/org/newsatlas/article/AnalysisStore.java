package org.newsatlas.article;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.analysis.AnalyzedArticle;
import org.newsatlas.analysis.AnalyzedPassage;
import org.newsatlas.geoparse.LocatedMention;
import org.newsatlas.analysis.PlaceMention;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes an article's analysis next to its passages, inside the caller's transaction: passage months, places
 * and mentions, then the layer links (exercises named, borders spoken of) that need the resolved mentions.
 * Photo captions get months and exercise links only (see {@code PassageKind#isDated}). A person's corrections
 * of the article's mentions are applied on the way, then the corrections of words everywhere in the corpus, and
 * the article's links are added to the {@link LinkTallies}.
 */
@Component
public class AnalysisStore {

    private final MentionRepository mentions;
    private final PassageLinker linker;
    private final MentionCorrectionRepository corrections;
    private final NameCorrectionRepository names;
    private final MentionCorrections correcting;
    private final LinkTallies tallies;

    public AnalysisStore(MentionRepository mentions, PassageLinker linker, MentionCorrectionRepository corrections,
                         NameCorrectionRepository names, Gazetteer gazetteer, LinkTallies tallies) {
        this.names = names;
        this.tallies = tallies;
        this.mentions = mentions;
        this.linker = linker;
        this.corrections = corrections;
        this.correcting = new MentionCorrections(gazetteer::byId);
    }

    /**
     * Stores the analysis of the article with this id, the person's corrections of it applied first (see
     * {@link MentionCorrections}), so the layer links see the corrected places too.
     *
     * @return how many of the article's corrections were applied
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int store(long articleId, String originalText, LocalDate published, AnalyzedArticle parsed,
                     Map<Integer, Long> passageIds) {
        return store(articleId, originalText, published, parsed, passageIds, null);
    }

    /**
     * As {@link #store(long, String, LocalDate, AnalyzedArticle, Map)}, with the layer links already found by
     * {@link #links} (off the writing thread); they are found again only if a correction changed the places.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int store(long articleId, String originalText, LocalDate published, AnalyzedArticle parsed,
                     Map<Integer, Long> passageIds, ArticleLinks found) {
        MentionCorrections.Result corrected = correcting.apply(originalText, parsed,
                corrections.findByArticle(articleId));
        MentionCorrections.NamesResult named = correcting.applyNames(corrected.analyzed(), names.all());
        AnalyzedArticle analyzed = named.analyzed();
        ArticleLinks links = found != null && corrected.applied().isEmpty() && named.changed() == 0
                ? found : links(originalText, published, analyzed);
        Map<Long, AnalyzedPassage> dated = new LinkedHashMap<>();
        for (AnalyzedPassage passage : analyzed.passages()) {
            if (passage.span().kind().isDated()) {
                dated.put(passageIds.get(passage.span().ordinal()), passage);
            }
        }
        mentions.insertAnalysis(articleId, published, dated);
        dated.forEach((passageId, passage) -> linker.store(passageId, links.of(passage.span().ordinal())));
        tallies.add(articleId);
        return corrected.applied().size();
    }

    /**
     * The layer links of the article's dated passages (exercises named, borders spoken of; a passage's border
     * cues are read with the places of the article's other passages as context). Text work only, any thread.
     */
    public ArticleLinks links(String originalText, LocalDate published, AnalyzedArticle analyzed) {
        List<AnalyzedPassage> passages = analyzed.passages();
        List<List<PlaceMention>> placeMentions = passages.stream().map(p -> placeMentions(p.mentions())).toList();
        int total = placeMentions.stream().mapToInt(List::size).sum();
        Map<Integer, PassageLinker.Links> byOrdinal = new HashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            AnalyzedPassage passage = passages.get(i);
            if (!passage.span().kind().isDated()) {
                continue;
            }
            List<PlaceMention> context = passage.span().kind().isArticleContent()
                    ? new OtherPassagesMentions(placeMentions, total, i) : List.of();
            byOrdinal.put(passage.span().ordinal(), linker.detect(originalText, passage.span().start(),
                    passage.span().end(), published, placeMentions.get(i), context));
        }
        return new ArticleLinks(byOrdinal);
    }

    private static List<PlaceMention> placeMentions(List<LocatedMention> located) {
        return located.stream().map(m -> new PlaceMention(m.start(), m.end(), m.place().id(),
                m.place().countryCode(), m.place().kind().name().toLowerCase(java.util.Locale.ROOT),
                m.associative())).toList();
    }
}
