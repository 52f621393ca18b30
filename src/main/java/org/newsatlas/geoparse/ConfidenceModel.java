package org.newsatlas.geoparse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsatlas.gazetteer.PlaceKind;

/**
 * Turns what the resolver knows about a decision into a probability that it is right: a logistic model over the
 * score margin's confidence and the decision's kind (place kind, a town's population or that it is unknown, as for
 * the curated places, a unique or contested name,
 * a name that is also a word, a loose spelling, the deciding pass). Its weights are fitted on the LGL and GeoVirus
 * corpora by the evaluation's {@code ConfidenceModelCommand}, which also reports how well each corpus's fit holds
 * on the other, and kept in {@code confidence-model.tsv} beside this class. {@link #RAW} keeps the margin's
 * confidence as it is (what tests of single passes use).
 */
public final class ConfidenceModel {

    /** The file the fitted weights are kept in, beside this class. */
    public static final String RESOURCE = "confidence-model.tsv";
    /** The margin's confidence unchanged. */
    public static final ConfidenceModel RAW = new ConfidenceModel(null);

    /** What the model reads of one decision. */
    public record Decision(double marginConfidence, PlaceKind kind, long population, int candidateCount,
                           boolean needsSupport, boolean associative, boolean looseMatch, String decidedBy) {

        private boolean decidedBy(Class<? extends ResolutionPass> pass) {
            return pass.getSimpleName().equals(decidedBy);
        }

        /** The model's inputs by name, in {@link #FEATURES} order. */
        public double[] features() {
            double raw = Math.max(0.01, Math.min(0.99, marginConfidence));
            boolean city = kind == PlaceKind.CITY;
            return new double[] {
                1.0,
                Math.log(raw / (1 - raw)),
                kind == PlaceKind.COUNTRY ? 1 : 0,
                kind == PlaceKind.ADMIN1 ? 1 : 0,
                kind == PlaceKind.ADMIN2 ? 1 : 0,
                city ? 1 : 0,
                city && population > 0 ? Math.max(2, Math.min(7, Math.log10(population))) - 5 : 0,
                city && population <= 0 ? 1 : 0,
                candidateCount == 1 ? 1 : 0,
                needsSupport ? 1 : 0,
                associative ? 1 : 0,
                looseMatch ? 1 : 0,
                decidedBy(DocumentContextPass.class) ? 1 : 0,
                decidedBy(SpatialCoherencePass.class) ? 1 : 0,
                decidedBy(NameMatchPass.class) ? 1 : 0,
                decidedBy(CountryAndCapitalPass.class) ? 1 : 0,
            };
        }
    }

    /** The inputs' names, as the weights file gives them. */
    public static final List<String> FEATURES = List.of("bias", "margin_logit", "country", "admin1", "admin2", "city",
            "city_log10_population", "city_population_unknown", "unique_name", "also_a_word_or_person", "adjective", "loose_spelling",
            "decided_by_document_context", "decided_by_nearby_places", "decided_by_name_match",
            "decided_by_country_or_capital");

    private final double[] weights;

    private ConfidenceModel(double[] weights) {
        this.weights = weights;
    }

    /** A model with these weights, in {@link #FEATURES} order. */
    public static ConfidenceModel of(double[] weights) {
        if (weights.length != FEATURES.size()) {
            throw new IllegalArgumentException(weights.length + " weights for " + FEATURES.size() + " features");
        }
        return new ConfidenceModel(weights.clone());
    }

    /** The fitted model kept beside this class. */
    public static ConfidenceModel fitted() {
        try (InputStream in = ConfidenceModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " beside " + ConfidenceModel.class.getName());
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads "name TAB weight" lines (and # comments); every feature must have its weight. */
    static ConfidenceModel read(BufferedReader lines) throws IOException {
        Map<String, Double> byName = new LinkedHashMap<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] fields = line.split("\t");
                byName.put(fields[0], Double.parseDouble(fields[1]));
            }
        }
        double[] weights = new double[FEATURES.size()];
        for (int i = 0; i < weights.length; i++) {
            Double weight = byName.get(FEATURES.get(i));
            if (weight == null) {
                throw new IllegalStateException(RESOURCE + " has no weight for " + FEATURES.get(i));
            }
            weights[i] = weight;
        }
        return new ConfidenceModel(weights);
    }

    /** The weights file's text: a comment, then one "name TAB weight" line per feature. */
    public String format(String comment) {
        StringBuilder out = new StringBuilder();
        comment.lines().forEach(line -> out.append("# ").append(line).append('\n'));
        for (int i = 0; i < FEATURES.size(); i++) {
            out.append(FEATURES.get(i)).append('\t').append(String.format(Locale.ROOT, "%.6f", weights[i]))
                    .append('\n');
        }
        return out.toString();
    }

    /** The probability that the decision is right (the margin's confidence itself for {@link #RAW}). */
    public double confidence(Decision decision) {
        if (weights == null) {
            return decision.marginConfidence();
        }
        double[] x = decision.features();
        double z = 0;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
