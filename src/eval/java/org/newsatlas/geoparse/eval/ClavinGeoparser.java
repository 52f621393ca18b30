package org.newsatlas.geoparse.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * CLAVIN 3.0.0 with its defaults (OpenNLP location finder, max hit depth 1, context window 1, no fuzzy
 * matching) over a {@link ClavinIndex}, run in its own class loader ({@link IsolatedClavin}). Each resolved
 * location becomes a toponym at CLAVIN's reported position with the text CLAVIN matched.
 */
public class ClavinGeoparser implements EvaluatedGeoparser {

    private final Function<String, List<double[]>> parser;

    public ClavinGeoparser(IsolatedClavin clavin, Path indexDirectory) {
        this.parser = clavin.parser(indexDirectory);
    }

    @Override
    public String name() {
        return "CLAVIN 3.0.0";
    }

    @Override
    public List<PredictedToponym> parse(String text) {
        List<double[]> spans = parser.apply(text);
        List<PredictedToponym> toponyms = new ArrayList<>(spans.size());
        for (double[] span : spans) {
            toponyms.add(new PredictedToponym((int) span[0], (int) span[1], span[2], span[3]));
        }
        return toponyms;
    }
}
