package org.newsatlas.geoparse.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.newsatlas.analysis.AnalyzedArticle;
import org.newsatlas.analysis.ArticleAnalyzer;
import org.newsatlas.analysis.GeoparserFactory;
import org.newsatlas.geodata.Geodata;
import org.newsatlas.support.NewsCorpus;

/**
 * How the whole pipeline ({@link ArticleAnalyzer}: cleaning, passages, extraction, resolution, dating) scales with
 * the length of one text: 10k, 100k, 400k and 1M characters of real news text (the articles of
 * {@link NewsCorpus}, made from the shared evaluation corpora, joined one after another). Prints ms per parse
 * (median of a few runs after a warm-up), ms per 100k characters, and the ratio of the 1M parse to the 100k one
 * (10 is linear). Run from the project directory:
 * {@code mvn -Peval -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.newsatlas.geoparse.bench.GeoparseScalingBench [-Dexec.args="--runs 5"]}.
 */
public final class GeoparseScalingBench {

    private static final int[] SIZES = {10_000, 100_000, 400_000, 1_000_000};
    private static final LocalDate PUBLISHED = LocalDate.of(2021, 8, 19);

    private GeoparseScalingBench() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length == 2 && args[0].equals("--runs") ? Integer.parseInt(args[1]) : 3;
        ArticleAnalyzer analyzer = GeoparserFactory.analyzer(new Geodata("geodata"));
        String corpus = text(NewsCorpus.fromSharedEval(7), SIZES[SIZES.length - 1]);
        for (int i = 0; i < 3; i++) {
            analyzer.analyze(corpus.substring(0, SIZES[1]), PUBLISHED);
        }
        System.out.printf(Locale.ROOT, "%10s %10s %10s %14s %12s%n", "chars", "passages", "mentions", "ms per parse",
                "ms per 100k");
        double[] medians = new double[SIZES.length];
        for (int s = 0; s < SIZES.length; s++) {
            String text = corpus.substring(0, SIZES[s]);
            List<Double> times = new ArrayList<>();
            AnalyzedArticle result = null;
            for (int r = 0; r < runs; r++) {
                long start = System.nanoTime();
                result = analyzer.analyze(text, PUBLISHED);
                times.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(times);
            medians[s] = times.get(times.size() / 2);
            long mentions = result.passages().stream().mapToLong(p -> p.mentions().size()).sum();
            System.out.printf(Locale.ROOT, "%,10d %,10d %,10d %,14.1f %,12.1f%n", SIZES[s], result.passages().size(),
                    mentions, medians[s], medians[s] * 100_000 / SIZES[s]);
        }
        System.out.printf(Locale.ROOT, "ratio 1M / 100k: %.1f (10 is linear; %d runs per size, median)%n",
                medians[SIZES.length - 1] / medians[1], runs);
        System.out.println("sizes " + Arrays.toString(SIZES));
    }

    /** Articles of the corpus joined by blank lines until the text is at least {@code chars} long. */
    static String text(NewsCorpus corpus, int chars) {
        StringBuilder text = new StringBuilder(chars + 10_000);
        for (int i = 0; text.length() < chars; i++) {
            text.append(corpus.article(i).text()).append("\n\n");
        }
        return text.toString();
    }
}
