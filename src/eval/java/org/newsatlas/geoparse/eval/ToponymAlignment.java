package org.newsatlas.geoparse.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One document's system toponyms matched one-to-one to its gold toponyms, twice: by identical span
 * (exact) and by any overlap (inexact). Inexact matching keeps every exact pair first, then gives each
 * remaining gold toponym (in text order) the overlapping unmatched system span that ends first, so one
 * system span never counts for two gold toponyms and inexact TP >= exact TP.
 */
public record ToponymAlignment(int systemCount, int goldCount, List<AlignedToponym> exact,
        List<AlignedToponym> overlapping, List<PredictedToponym> unmatched) {

    private static final Comparator<TextSpan> TEXT_ORDER =
            Comparator.comparingInt(TextSpan::start).thenComparingInt(TextSpan::end);

    public static ToponymAlignment of(List<GoldToponym> gold, List<PredictedToponym> predicted) {
        List<GoldToponym> golds = gold.stream().sorted(TEXT_ORDER).toList();
        List<PredictedToponym> unmatched = new ArrayList<>(predicted.stream().sorted(TEXT_ORDER).toList());
        List<AlignedToponym> exact = new ArrayList<>();
        List<GoldToponym> leftOver = new ArrayList<>();
        for (GoldToponym toponym : golds) {
            PredictedToponym same = unmatched.stream().filter(toponym::sameSpanAs).findFirst().orElse(null);
            if (same == null) {
                leftOver.add(toponym);
            } else {
                unmatched.remove(same);
                exact.add(new AlignedToponym(toponym, same));
            }
        }
        List<AlignedToponym> overlapping = new ArrayList<>(exact);
        for (GoldToponym toponym : leftOver) {
            unmatched.stream().filter(toponym::overlaps).min(Comparator.comparingInt(TextSpan::end))
                    .ifPresent(match -> {
                        unmatched.remove(match);
                        overlapping.add(new AlignedToponym(toponym, match));
                    });
        }
        return new ToponymAlignment(predicted.size(), gold.size(), List.copyOf(exact), List.copyOf(overlapping),
                List.copyOf(unmatched));
    }

    public RecognitionScore exactScore() {
        return new RecognitionScore(systemCount, goldCount, exact.size());
    }

    public RecognitionScore inexactScore() {
        return new RecognitionScore(systemCount, goldCount, overlapping.size());
    }

    /** Errors (km) of the recognised (any overlap) gold toponyms that have coordinates. */
    public List<Double> resolutionErrorsKm() {
        return overlapping.stream().filter(pair -> pair.gold().hasCoordinates())
                .map(AlignedToponym::errorKm).toList();
    }

    /**
     * What each system toponym with a confidence turned out to be, for the reliability table: right when it
     * overlaps a gold toponym and lies within 161 km of it, wrong when farther or when it overlaps none (no place
     * there, as the annotators read it). Toponyms over gold ones without coordinates say nothing either way.
     */
    public List<Reliability.Outcome> outcomes() {
        List<Reliability.Outcome> outcomes = new ArrayList<>();
        for (AlignedToponym pair : overlapping) {
            if (pair.gold().hasCoordinates() && !Double.isNaN(pair.predicted().confidence())) {
                outcomes.add(new Reliability.Outcome(pair.predicted().confidence(),
                        pair.errorKm() < ResolutionScore.ACCURACY_RADIUS_KM));
            }
        }
        unmatched.stream().filter(p -> !Double.isNaN(p.confidence()))
                .forEach(p -> outcomes.add(new Reliability.Outcome(p.confidence(), false)));
        return outcomes;
    }
}
