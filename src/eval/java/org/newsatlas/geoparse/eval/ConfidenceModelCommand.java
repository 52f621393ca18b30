package org.newsatlas.geoparse.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsatlas.gazetteer.MatchType;
import org.newsatlas.geoparse.ConfidenceModel;
import org.newsatlas.geoparse.ResolvedMention;

/**
 * Fits the geoparser's {@link ConfidenceModel} on the shared corpora and writes its weights to
 * {@code src/main/resources/org/newsatlas/geoparse/confidence-model.tsv} (or {@code --out FILE}); copies nothing of
 * the corpora. Each toponym News Atlas finds is an example: right when within 161 km of the gold toponym it
 * overlaps, wrong when farther or where no gold toponym is (as the evaluation's reliability table counts). Before
 * writing, it prints the expected calibration error of the margin's confidence and of a model fitted on one corpus
 * measured on the other, so the table shows what holds out of sample. Options as {@link EvaluationCommand}'s:
 * {@code mvn -Peval -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.newsatlas.geoparse.eval.ConfidenceModelCommand}.
 */
public final class ConfidenceModelCommand {

    static final Path DEFAULT_OUT = Path.of("src/main/resources/org/newsatlas/geoparse",
            ConfidenceModel.RESOURCE);

    private ConfidenceModelCommand() {
    }

    /** One toponym's decision and whether it was right. */
    record Example(ConfidenceModel.Decision decision, boolean right) {
    }

    public static void main(String[] args) throws IOException {
        PrintStream report = System.out;
        Path out = DEFAULT_OUT;
        if (args.length >= 2 && args[args.length - 2].equals("--out")) {
            out = Path.of(args[args.length - 1]);
            args = java.util.Arrays.copyOf(args, args.length - 2);
        }
        EvaluationOptions options = EvaluationOptions.parse(args);
        NewsAtlasGeoparser system = NewsAtlasGeoparser.withMarginConfidence(options.geodataDirectory());
        AnnotatedCorpusReader reader = new AnnotatedCorpusReader();
        Map<String, List<Example>> byCorpus = new LinkedHashMap<>();
        for (String name : options.corpora()) {
            AnnotatedCorpus corpus = reader.read(options.evalDirectory(), name);
            NewsAtlasGeoparser adapted = (NewsAtlasGeoparser) system.forCorpus(name);
            List<Example> examples = new ArrayList<>();
            corpus.documents().forEach(document -> examples.addAll(examples(document, adapted)));
            byCorpus.put(name, examples);
        }
        List<Example> all = byCorpus.values().stream().flatMap(List::stream).toList();
        ConfidenceModel model = LogisticFit.fit(all);
        report.printf(Locale.ROOT, "%-10s %6s %12s %14s %12s%n", "corpus", "N", "ECE margin", "ECE other fit",
                "ECE all fit");
        for (Map.Entry<String, List<Example>> corpus : byCorpus.entrySet()) {
            List<Example> others = byCorpus.entrySet().stream().filter(e -> !e.getKey().equals(corpus.getKey()))
                    .flatMap(e -> e.getValue().stream()).toList();
            ConfidenceModel other = others.isEmpty() ? null : LogisticFit.fit(others);
            report.printf(Locale.ROOT, "%-10s %6d %12.3f %14s %12.3f%n", corpus.getKey(), corpus.getValue().size(),
                    ece(ConfidenceModel.RAW, corpus.getValue()),
                    other == null ? "-" : String.format(Locale.ROOT, "%.3f", ece(other, corpus.getValue())),
                    ece(model, corpus.getValue()));
        }
        for (Map.Entry<String, List<Example>> corpus : byCorpus.entrySet()) {
            report.print(reliability(model, corpus.getValue()).format("Fitted on all, on " + corpus.getKey()));
        }
        Files.writeString(out, model.format("""
                Weights of the geoparser's confidence model (ConfidenceModel), fitted on %s (%d toponyms) by the
                evaluation's ConfidenceModelCommand; regenerate with it after changing the resolver."""
                .formatted(String.join(" and ", byCorpus.keySet()), all.size())), StandardCharsets.UTF_8);
        report.println("wrote " + out);
    }

    /** The document's toponyms as examples (the containing-unit fallback states its own fixed confidence). */
    static List<Example> examples(AnnotatedDocument document, NewsAtlasGeoparser parser) {
        Map<PredictedToponym, ResolvedMention> found = new HashMap<>();
        for (ResolvedMention r : parser.resolve(document.text())) {
            found.put(new PredictedToponym(r.mention().start(), r.mention().end(), r.place().lat(), r.place().lon(),
                    r.confidence()), r);
        }
        ToponymAlignment alignment = ToponymAlignment.of(document.gold(), List.copyOf(found.keySet()));
        List<Example> examples = new ArrayList<>();
        for (AlignedToponym pair : alignment.overlapping()) {
            if (pair.gold().hasCoordinates()) {
                add(examples, found.get(pair.predicted()), pair.errorKm() < ResolutionScore.ACCURACY_RADIUS_KM);
            }
        }
        alignment.unmatched().forEach(p -> add(examples, found.get(p), false));
        return examples;
    }

    private static void add(List<Example> examples, ResolvedMention r, boolean right) {
        if (r.decidedBy().equals("ContainingUnitFallback")) {
            return;
        }
        boolean loose = r.mention().candidates().stream()
                .anyMatch(c -> c.place().equals(r.place()) && c.type() == MatchType.LOOSE);
        examples.add(new Example(new ConfidenceModel.Decision(r.confidence(), r.place().kind(), r.place().population(),
                r.mention().candidates().size(), r.mention().needsSupport(), r.mention().associative(), loose,
                r.decidedBy()), right));
    }

    static Reliability reliability(ConfidenceModel model, List<Example> examples) {
        return Reliability.of(examples.stream()
                .map(e -> new Reliability.Outcome(model.confidence(e.decision()), e.right())).toList());
    }

    private static double ece(ConfidenceModel model, List<Example> examples) {
        return reliability(model, examples).expectedCalibrationError();
    }
}
