package org.newsatlas.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newsatlas.gazetteer.Place;
import org.newsatlas.analysis.AnalyzedArticle;
import org.newsatlas.analysis.AnalyzedPassage;
import org.newsatlas.geoparse.Candidate;
import org.newsatlas.geoparse.LocatedMention;

/**
 * Puts a person's corrections over the geoparser's answer for one article, before it is stored. A reassignment
 * replaces the mention at that span (or creates it when the parser no longer finds one there, replacing any
 * mention overlapping it) with the chosen place, confidence 1, decided by {@value MentionCorrection#DECIDED_BY};
 * the parser's own answer becomes the first runner-up. "Not a place" drops the mention. A correction is left
 * out when its span is no longer in an article passage of the text, when the text there is not what was
 * corrected, or when the gazetteer no longer has the place.
 */
public final class MentionCorrections {

    private static final int MAX_RUNNERS_UP = 5;

    private final Function<String, Optional<Place>> places;

    /** @param places the gazetteer's place by id */
    public MentionCorrections(Function<String, Optional<Place>> places) {
        this.places = places;
    }

    /** The analysis with the corrections applied, and which corrections were. */
    public Result apply(String originalText, AnalyzedArticle analyzed, List<MentionCorrection> corrections) {
        List<AnalyzedPassage> passages = new ArrayList<>(analyzed.passages());
        List<MentionCorrection> applied = new ArrayList<>();
        for (MentionCorrection correction : corrections) {
            int index = passageOf(passages, correction);
            if (index < 0 || !correction.surface().equals(originalText.substring(correction.start(), correction.end()))) {
                continue;
            }
            Optional<Place> place = correction.isNotAPlace() ? Optional.empty() : places.apply(correction.gazetteerId());
            if (!correction.isNotAPlace() && place.isEmpty()) {
                continue;
            }
            passages.set(index, corrected(passages.get(index), correction, place));
            applied.add(correction);
        }
        return new Result(new AnalyzedArticle(analyzed.cleaned(), passages), applied);
    }

    /**
     * The analysis with the corpus-wide answers for words applied ({@code byWords}: words to gazetteer id, null for
     * "not a place") to every mention with those exact words that no correction of its own span decided: dropped,
     * or put at the chosen place (confidence 1, decided by {@value #BY_WORDS}, the parser's answer first runner-up).
     * An answer whose place the gazetteer no longer has is left out. How many mentions it changed is in the result.
     */
    public NamesResult applyNames(AnalyzedArticle analyzed, Map<String, String> byWords) {
        if (byWords.isEmpty()) {
            return new NamesResult(analyzed, 0);
        }
        List<AnalyzedPassage> passages = new ArrayList<>(analyzed.passages());
        int changed = 0;
        for (int i = 0; i < passages.size(); i++) {
            AnalyzedPassage passage = passages.get(i);
            List<LocatedMention> kept = new ArrayList<>();
            boolean touched = false;
            for (LocatedMention m : passage.mentions()) {
                if (!byWords.containsKey(m.text()) || MentionCorrection.DECIDED_BY.equals(m.decidedBy())) {
                    kept.add(m);
                    continue;
                }
                String id = byWords.get(m.text());
                Optional<Place> place = id == null ? Optional.empty() : places.apply(id);
                if (id != null && place.isEmpty()) {
                    kept.add(m);
                    continue;
                }
                touched = true;
                changed++;
                place.ifPresent(p -> kept.add(byWords(m, p)));
            }
            if (touched) {
                passages.set(i, new AnalyzedPassage(passage.span(), passage.tagged(), passage.fallbackMonth(), kept));
            }
        }
        return new NamesResult(changed == 0 ? analyzed : new AnalyzedArticle(analyzed.cleaned(), passages), changed);
    }

    /** What the mentions of some words say when a person placed them everywhere. */
    public static final String BY_WORDS = "user correction of every mention";

    private static LocatedMention byWords(LocatedMention parsers, Place place) {
        return new LocatedMention(parsers.start(), parsers.end(), parsers.text(), parsers.passage(),
                parsers.associative(), place, 1.0, BY_WORDS, "every “" + parsers.text() + "” placed by the user;"
                + " the geoparser said " + parsers.place().name() + " (" + parsers.decidedBy() + ")",
                runnersUp(parsers, place));
    }

    /** The analysis with the answers for words applied, and how many mentions they changed. */
    public record NamesResult(AnalyzedArticle analyzed, int changed) {
    }

    /** The geoparsed passage that holds the span whole; -1 when none does. */
    private static int passageOf(List<AnalyzedPassage> passages, MentionCorrection c) {
        for (int i = 0; i < passages.size(); i++) {
            var span = passages.get(i).span();
            if (span.kind().isArticleContent() && span.start() <= c.start() && c.end() <= span.end()) {
                return i;
            }
        }
        return -1;
    }

    private static AnalyzedPassage corrected(AnalyzedPassage passage, MentionCorrection c, Optional<Place> place) {
        List<LocatedMention> kept = new ArrayList<>();
        LocatedMention parsers = null;
        for (LocatedMention m : passage.mentions()) {
            if (c.covers(m.start(), m.end())) {
                parsers = m;
            } else if (!c.overlaps(m.start(), m.end())) {
                kept.add(m);
            }
        }
        if (place.isPresent()) {
            kept.add(userMention(passage, c, place.get(), parsers));
            kept.sort(Comparator.comparingInt(LocatedMention::start));
        }
        return new AnalyzedPassage(passage.span(), passage.tagged(), passage.fallbackMonth(), kept);
    }

    private static LocatedMention userMention(AnalyzedPassage passage, MentionCorrection c, Place place,
                                              LocatedMention parsers) {
        String reason = "corrected by the user; the geoparser found no place here";
        boolean associative = false;
        if (parsers != null) {
            reason = "corrected by the user; the geoparser said " + parsers.place().name()
                    + " (" + parsers.decidedBy() + ")";
            associative = parsers.associative();
        }
        return new LocatedMention(c.start(), c.end(), c.surface(), passage.span().ordinal(), associative, place,
                1.0, MentionCorrection.DECIDED_BY, reason, runnersUp(parsers, place));
    }

    /** The parser's answer, then its runners-up, without the place a person chose; none without a parser's answer. */
    private static List<Candidate> runnersUp(LocatedMention parsers, Place chosen) {
        if (parsers == null) {
            return List.of();
        }
        List<Candidate> runnersUp = new ArrayList<>();
        runnersUp.add(new Candidate(parsers.place(), parsers.confidence()));
        runnersUp.addAll(parsers.runnersUp());
        return runnersUp.stream().filter(r -> !r.place().id().equals(chosen.id())).limit(MAX_RUNNERS_UP).toList();
    }

    /** The corrected analysis; {@code applied}: the corrections that still fit the text. */
    public record Result(AnalyzedArticle analyzed, List<MentionCorrection> applied) {

        public Result {
            applied = List.copyOf(applied);
        }
    }
}
