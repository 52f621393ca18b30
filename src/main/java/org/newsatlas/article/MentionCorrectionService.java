package org.newsatlas.article;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.GazetteerStore;
import org.newsatlas.gazetteer.NameMatch;
import org.newsatlas.gazetteer.Place;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person corrects the geoparser: gives a mention another place (a runner-up or any gazetteer place), says it
 * is not a place, or takes a correction back, for the one mention, for every mention of the same words in the
 * article (each span gets its own correction), or for every mention of those words in the corpus, present and
 * future ({@link NameCorrectionRepository}). Each change is stored (keyed by article and span, so it survives
 * re-analysis) and the article is re-analysed at once with its corrections applied, in one transaction: the
 * layers, counts and panels see the change on their next read. Spans and place ids come from the browser, so
 * both are checked: a span must be a stored mention or correction of the article, a place must be in the
 * gazetteer.
 */
@Service
public class MentionCorrectionService {

    private final ArticleRepository articles;
    private final MentionRepository mentions;
    private final MentionCorrectionRepository corrections;
    private final ArticleReprocessor reprocessor;
    private final Gazetteer gazetteer;
    private final PlaceAreas areas;
    private final GazetteerStore storedGazetteer;
    private final NameCorrectionRepository names;

    public MentionCorrectionService(ArticleRepository articles, MentionRepository mentions,
                                    MentionCorrectionRepository corrections, ArticleReprocessor reprocessor,
                                    Gazetteer gazetteer, GazetteerStore storedGazetteer, PlaceAreas areas,
                                    NameCorrectionRepository names) {
        this.names = names;
        this.storedGazetteer = storedGazetteer;
        this.areas = areas;
        this.articles = articles;
        this.mentions = mentions;
        this.corrections = corrections;
        this.reprocessor = reprocessor;
        this.gazetteer = gazetteer;
    }

    /** The mention at [start, end) of the article with what it may be changed to; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<MentionChoices> choices(long articleId, int start, int end) {
        Optional<MentionCorrection> correction = corrections.find(articleId, start, end);
        Optional<MentionChoices> stored = mentions.findAt(articleId, start, end);
        if (stored.isPresent()) {
            MentionChoices m = stored.get();
            return Optional.of(new MentionChoices(articleId, start, end, m.surface(), m.current().map(areas::withArea),
                    m.decidedBy(), m.candidates().stream().map(areas::withArea).toList(), correction));
        }
        return correction.map(c -> new MentionChoices(articleId, start, end, c.surface(), Optional.empty(),
                MentionCorrection.DECIDED_BY, List.of(), correction));
    }

    /**
     * Gazetteer places with this name (or alternate name), most populous first; then places with a name starting
     * with it ("Ushu" finds Ushuaia) from the gazetteer stored in H2, once it is stored.
     */
    public List<PlaceChoice> findPlaces(String name, int limit) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        Map<String, Place> found = new LinkedHashMap<>();
        gazetteer.lookup(name.strip()).stream().map(NameMatch::place)
                .sorted(Comparator.comparingLong(Place::population).reversed())
                .forEach(place -> found.putIfAbsent(place.id(), place));
        if (found.size() < limit) {
            storedGazetteer.idsByNamePrefix(name, limit).stream().map(gazetteer::byId).flatMap(Optional::stream)
                    .forEach(place -> found.putIfAbsent(place.id(), place));
        }
        return found.values().stream().limit(limit).map(PlaceChoice::of).map(areas::withArea).toList();
    }

    /** The article's corrections in text order. */
    @Transactional(readOnly = true)
    public List<MentionCorrection> corrections(long articleId) {
        return corrections.findByArticle(articleId);
    }

    /** The mention at [start, end) names the gazetteer place with this id ("gn:1142170", "country:AF"). */
    @Transactional
    public MentionCorrection reassign(long articleId, int start, int end, String gazetteerId) {
        Place place = place(gazetteerId);
        return correct(new MentionCorrection(articleId, start, end, surface(articleId, start, end), place.id()));
    }

    /** The mention at [start, end) is not a place: it leaves the map. */
    @Transactional
    public MentionCorrection markNotAPlace(long articleId, int start, int end) {
        return correct(MentionCorrection.notAPlace(articleId, start, end, surface(articleId, start, end)));
    }

    /** Drops the correction of [start, end): the geoparser's answer is back. False when there was none. */
    @Transactional
    public boolean undo(long articleId, int start, int end) {
        if (!corrections.delete(articleId, start, end)) {
            return false;
        }
        reprocessor.reprocess(articleId);
        return true;
    }

    /**
     * How many spans of the article hold the same words as the mention at [start, end), itself included: its
     * place mentions and its corrections of those words ("Li" five times in one story).
     */
    @Transactional(readOnly = true)
    public int sameNameCount(long articleId, int start, int end) {
        return sameName(articleId, start, end, surface(articleId, start, end)).size();
    }

    /** The longest span a person may add as a place, in characters ("Democratic Republic of the Congo" fits). */
    public static final int LONGEST_ADDED_SPAN = 100;

    /**
     * The span [start, end) of the article as a place mention to add (words the geoparser did not take for a
     * place): its words, no current place, and the gazetteer's places of that name as candidates. A span that is a
     * stored mention or correction gives its {@link #choices}. Refused, with the reason in words: a span outside
     * the article's own passages (a title, boilerplate), across two passages, blank, or longer than
     * {@value #LONGEST_ADDED_SPAN} characters.
     */
    @Transactional(readOnly = true)
    public MentionChoices choicesToAdd(long articleId, int start, int end) {
        Optional<MentionChoices> existing = choices(articleId, start, end);
        if (existing.isPresent()) {
            return existing.get();
        }
        String surface = newSpan(articleId, start, end);
        return new MentionChoices(articleId, start, end, surface, Optional.empty(), null,
                findPlaces(surface, 5), Optional.empty());
    }

    /** The words at [start, end), which the geoparser did not take for a place, name this place. */
    @Transactional
    public MentionCorrection addPlace(long articleId, int start, int end, String gazetteerId) {
        Place place = place(gazetteerId);
        return correct(new MentionCorrection(articleId, start, end, newSpan(articleId, start, end), place.id()));
    }

    /** The words of a span a person may add as a place (see {@link #choicesToAdd}). */
    private String newSpan(long articleId, int start, int end) {
        Article article = articles.findById(articleId)
                .orElseThrow(() -> new NoSuchElementException("no article " + articleId));
        if (start < 0 || end <= start || end > article.originalText().length()) {
            throw new IllegalArgumentException("select the words of the place in the article's text first");
        }
        String surface = article.originalText().substring(start, end);
        if (surface.isBlank() || !surface.equals(surface.strip())) {
            throw new IllegalArgumentException("select the words of the place, without the spaces around them");
        }
        if (surface.length() > LONGEST_ADDED_SPAN) {
            throw new IllegalArgumentException("a place's name is at most " + LONGEST_ADDED_SPAN + " characters; "
                    + "select only its words");
        }
        boolean inside = articles.findPassages(articleId).stream().anyMatch(p -> p.kind().isArticleContent()
                && p.start() <= start && end <= p.end());
        if (!inside) {
            throw new IllegalArgumentException("a place can be added in the article's own paragraphs only, within "
                    + "one of them");
        }
        return surface;
    }

    /** Every span of the article with the words at [start, end) names this place; how many were corrected. */
    @Transactional
    public int reassignInArticle(long articleId, int start, int end, String gazetteerId) {
        Place place = place(gazetteerId);
        return correctAll(articleId, start, end, (s, e, surface) -> new MentionCorrection(articleId, s, e, surface,
                place.id()));
    }

    /** No span of the article with the words at [start, end) is a place; how many were corrected. */
    @Transactional
    public int markNotAPlaceInArticle(long articleId, int start, int end) {
        return correctAll(articleId, start, end, (s, e, surface) -> MentionCorrection.notAPlace(articleId, s, e,
                surface));
    }

    /** Drops the corrections of every span of the article with the words at [start, end); how many there were. */
    @Transactional
    public int undoInArticle(long articleId, int start, int end) {
        int undone = 0;
        for (int[] span : sameName(articleId, start, end, surface(articleId, start, end))) {
            undone += corrections.delete(articleId, span[0], span[1]) ? 1 : 0;
        }
        if (undone > 0) {
            reprocessor.reprocess(articleId);
        }
        return undone;
    }

    /**
     * Every mention of the words at [start, end), in every article stored and every one analysed from now on, names
     * this place (null: is not a place); the articles with those words are analysed again at once. Corrections
     * of single spans still win where they apply. How many articles were analysed again.
     */
    @Transactional
    public int correctInCorpus(long articleId, int start, int end, String gazetteerId) {
        if (gazetteerId != null) {
            place(gazetteerId);
        }
        String surface = surface(articleId, start, end);
        names.save(surface, gazetteerId);
        return reanalyse(names.articlesWithWords(surface));
    }

    /** The corpus-wide answer for these words, if a person gave one: empty id for "not a place". */
    @Transactional(readOnly = true)
    public Optional<Optional<String>> corpusAnswer(String surface) {
        return names.find(surface);
    }

    /** A gazetteer place as the dialogs name it ("London (Kentucky, US) · city"); the id if the gazetteer has none. */
    public String placeLabel(String gazetteerId) {
        return gazetteer.byId(gazetteerId).map(PlaceChoice::of).map(areas::withArea).map(PlaceChoice::label)
                .orElse(gazetteerId);
    }

    /** Takes the corpus-wide answer for these words back; how many articles were analysed again (0: none). */
    @Transactional
    public int undoInCorpus(String surface) {
        return names.delete(surface) ? reanalyse(names.articlesWithWords(surface)) : 0;
    }

    private int reanalyse(List<Long> articleIds) {
        articleIds.forEach(reprocessor::reprocess);
        return articleIds.size();
    }

    /** The gazetteer's place with this id, which came from the browser: refused when there is none. */
    private Place place(String gazetteerId) {
        return gazetteer.byId(gazetteerId)
                .orElseThrow(() -> new IllegalArgumentException("no place " + gazetteerId + " in the gazetteer"));
    }

    /** Makes a correction of one span from its offsets and words. */
    private interface SpanCorrection {
        MentionCorrection of(int start, int end, String surface);
    }

    private int correctAll(long articleId, int start, int end, SpanCorrection correction) {
        String surface = surface(articleId, start, end);
        List<int[]> spans = sameName(articleId, start, end, surface);
        spans.forEach(span -> corrections.save(correction.of(span[0], span[1], surface)));
        reprocessor.reprocess(articleId);
        return spans.size();
    }

    /**
     * The clicked span and every other place mention or correction of the article with its words ({@code surface}),
     * in order.
     */
    private List<int[]> sameName(long articleId, int start, int end, String surface) {
        java.util.TreeMap<Integer, int[]> spans = new java.util.TreeMap<>();
        spans.put(start, new int[] {start, end});
        mentions.spansNamed(articleId, surface).forEach(span -> spans.putIfAbsent(span[0], span));
        corrections.findByArticle(articleId).stream().filter(c -> c.surface().equals(surface))
                .forEach(c -> spans.putIfAbsent(c.start(), new int[] {c.start(), c.end()}));
        return List.copyOf(spans.values());
    }

    private MentionCorrection correct(MentionCorrection correction) {
        corrections.save(correction);
        reprocessor.reprocess(correction.articleId());
        return correction;
    }

    /** The text of a span that is a stored mention or correction of the article. */
    private String surface(long articleId, int start, int end) {
        Article article = articles.findById(articleId)
                .orElseThrow(() -> new NoSuchElementException("no article " + articleId));
        if (mentions.findAt(articleId, start, end).isEmpty() && corrections.find(articleId, start, end).isEmpty()) {
            throw new IllegalArgumentException("article " + articleId + " has no place mention at [" + start + ", "
                    + end + ")");
        }
        return article.originalText().substring(start, end);
    }
}
