package org.newsatlas.geoparse.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Formats measured scores side by side, one row per system x corpus, followed per corpus by the
 * published results (marked "published", their unmeasured columns shown as "-").
 */
public class ScoreTable {

    private static final String ROW = "%-32s %-9s %5s %5s %5s | %5s %5s %5s | %7s %5s %8s %8s %6s | %5s | %9s%n";
    private static final String NONE = "-";

    private final List<PublishedResult> published;

    public ScoreTable(List<PublishedResult> published) {
        this.published = List.copyOf(published);
    }

    public String format(List<CorpusScore> scores) {
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, ROW, "system", "corpus", "P", "R", "F1", "iP", "iR", "iF1",
                "acc@161", "AUC", "mean km", "med km", "N res", "ECE", "words/s"));
        for (String corpus : corpora(scores)) {
            scores.stream().filter(score -> score.corpus().equals(corpus)).forEach(score -> measured(table, score));
            published.stream().filter(result -> result.corpus().equals(corpus))
                    .forEach(result -> literature(table, result));
        }
        speedRatios(table, scores);
        table.append("P/R/F1: exact spans; iP/iR/iF1: any overlap counts. Resolution over the recognised (overlap)"
                + " gold toponyms with coordinates; unresolved ones count as antipodal. words/s: one thread,"
                + " geoparser calls only. ").append(AnnotationConvention.footnote())
                .append(" ECE: expected calibration error of the stated confidence (below). Published rows: ")
                .append(sources()).append('\n');
        scores.stream().filter(score -> score.reliability().count() > 0).forEach(score -> table.append('\n')
                .append(score.reliability().format("Reliability of " + score.system() + " on " + score.corpus()
                        + " (right: within 161 km of an overlapping gold toponym; no gold toponym there is wrong)")));
        return table.toString();
    }

    /**
     * Per corpus, how many times the first measured system's words/s each other measured system's is
     * ("News Atlas ÷ CLAVIN 3.0.0 words/s: LGL 26.5×, GeoVirus 36.7×"), from the same run.
     */
    private void speedRatios(StringBuilder table, List<CorpusScore> scores) {
        if (scores.isEmpty()) {
            return;
        }
        String first = scores.get(0).system();
        Map<String, List<String>> byOther = new LinkedHashMap<>();
        for (String corpus : corpora(scores)) {
            Optional<CorpusScore> ours = scores.stream()
                    .filter(score -> score.system().equals(first) && score.corpus().equals(corpus)).findFirst();
            scores.stream().filter(score -> !score.system().equals(first) && score.corpus().equals(corpus))
                    .filter(other -> ours.isPresent() && other.wordsPerSecond() > 0)
                    .forEach(other -> byOther.computeIfAbsent(other.system(), k -> new ArrayList<>())
                            .add(String.format(Locale.ROOT, "%s %.1f×", corpus,
                                    ours.get().wordsPerSecond() / other.wordsPerSecond())));
        }
        byOther.forEach((other, ratios) -> table.append(first).append(" ÷ ").append(other).append(" words/s: ")
                .append(String.join(", ", ratios)).append('\n'));
    }

    private Set<String> corpora(List<CorpusScore> scores) {
        Set<String> corpora = new LinkedHashSet<>();
        scores.forEach(score -> corpora.add(score.corpus()));
        published.forEach(result -> corpora.add(result.corpus()));
        return corpora;
    }

    private static void measured(StringBuilder table, CorpusScore score) {
        ResolutionScore resolution = score.resolution();
        table.append(String.format(Locale.ROOT, ROW, score.system(), score.corpus(),
                ratio(score.exact().precision()), ratio(score.exact().recall()), ratio(score.exact().f1()),
                ratio(score.inexact().precision()), ratio(score.inexact().recall()), ratio(score.inexact().f1()),
                ratio(resolution.accuracyAt161()), ratio(resolution.auc()), km(resolution.meanKm()),
                km(resolution.medianKm()), resolution.count(), ratio(score.reliability().expectedCalibrationError()),
                String.format(Locale.ROOT, "%.0f", score.wordsPerSecond())));
    }

    private static void literature(StringBuilder table, PublishedResult result) {
        table.append(String.format(Locale.ROOT, ROW, result.system() + " (published)", result.corpus(),
                ratio(result.precision()), ratio(result.recall()), ratio(result.f1()), NONE, NONE, NONE,
                ratio(result.accuracyAt161()), ratio(result.auc()), NONE, NONE, NONE, NONE, NONE));
    }

    private String sources() {
        List<String> sources = new ArrayList<>();
        published.forEach(result -> {
            if (!sources.contains(result.source())) {
                sources.add(result.source());
            }
        });
        return String.join("; ", sources);
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String km(double value) {
        return Double.isNaN(value) ? NONE : String.format(Locale.ROOT, "%.1f", value);
    }
}
