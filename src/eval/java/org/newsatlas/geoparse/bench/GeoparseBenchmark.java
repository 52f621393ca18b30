package org.newsatlas.geoparse.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsatlas.geoparse.Geoparser;
import org.newsatlas.analysis.GeoparserFactory;
import org.newsatlas.geoparse.Mention;
import org.newsatlas.geoparse.MentionExtractor;
import org.newsatlas.geoparse.MentionResolver;
import org.newsatlas.geoparse.ResolvedMention;
import org.newsatlas.geodata.Geodata;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The recognition + resolution hot path on the real gazetteer over the five seed articles (whole texts,
 * about 4,600 words together): extraction alone, resolution alone, and both. One thread. Run from the
 * project directory: {@code mvn -Peval -q test-compile exec:exec -Dexec.classpathScope=test -Dexec.executable=java
 * -Dexec.args="-cp %classpath org.newsatlas.geoparse.bench.GeoparseBenchmark"}; JMH prints the table (ms per pass
 * over all five).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class GeoparseBenchmark {

    private List<String> articles;
    private MentionExtractor extractor;
    private MentionResolver resolver;
    private Geoparser geoparser;
    private List<List<Mention>> extracted;

    @Setup
    public void load() throws IOException {
        geoparser = GeoparserFactory.geoparser(new Geodata("geodata"));
        extractor = geoparser.extractor();
        resolver = geoparser.resolver();
        try (var files = Files.list(Path.of("geodata/articles"))) {
            articles = files.sorted().map(GeoparseBenchmark::read).toList();
        }
        extracted = articles.stream().map(extractor::extract).toList();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Benchmark
    public int extractMentions() {
        int n = 0;
        for (String article : articles) {
            n += extractor.extract(article).size();
        }
        return n;
    }

    @Benchmark
    public int resolveMentions() {
        int n = 0;
        for (int i = 0; i < articles.size(); i++) {
            n += resolver.resolve(List.of(articles.get(i)), extracted.get(i)).size();
        }
        return n;
    }

    @Benchmark
    public int geoparse() {
        int n = 0;
        for (String article : articles) {
            List<ResolvedMention> found = geoparser.parse(article);
            n += found.size();
        }
        return n;
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(GeoparseBenchmark.class.getName()).build()).run();
    }
}
