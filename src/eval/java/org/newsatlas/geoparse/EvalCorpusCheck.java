package org.newsatlas.geoparse;

import org.newsatlas.analysis.GeoparserFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsatlas.geodata.Geodata;

/**
 * A quick self-check on ../shared/eval (LGL, GeoVirus): exact-span P/R/F1 and acc@161 over exactly matched
 * gold toponyms with coordinates. The full harness is the eval package's; this one prints a small table and,
 * with "-v", the most frequent false positives and misses. Run: main(sharedEvalDir [-v]).
 */
public final class EvalCorpusCheck {

    record Gold(int start, int end, String surface, Double lat, Double lon) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        boolean verbose = args.length > 1 && args[1].equals("-v");
        Geodata source = new Geodata("geodata");
        Geoparser parser = GeoparserFactory.geoparser(source);
        System.out.println("| corpus | P | R | F1 | acc@161 | resolved | words/s |");
        for (String corpus : new String[] {"LGL", "GeoVirus"}) {
            evaluate(corpus, dir, parser, verbose, true);
        }
        // GeoVirus annotates no demonyms ("Canadian"), LGL does: both again without associative mentions
        evaluate("LGL", dir, parser, false, false);
        evaluate("GeoVirus", dir, parser, false, false);
    }

    private static void evaluate(String corpus, Path dir, Geoparser parser, boolean verbose, boolean associative)
            throws IOException {
        Map<String, List<Gold>> gold = readGold(dir.resolve(corpus + ".gold.tsv"));
        ObjectMapper json = new ObjectMapper();
        int system = 0, goldCount = 0, tp = 0, withCoords = 0, within = 0;
        long words = 0, nanos = 0;
        Map<String, Integer> falsePositives = new TreeMap<>(), misses = new TreeMap<>(), far = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve(corpus + ".docs.jsonl"))) {
            JsonNode doc = json.readTree(line);
            String text = doc.get("text").asText();
            words += text.split("\\s+").length;
            long t0 = System.nanoTime();
            List<ResolvedMention> found = parser.parse(text).stream()
                    .filter(r -> associative || !r.mention().associative()).toList();
            nanos += System.nanoTime() - t0;
            List<Gold> expected = gold.getOrDefault(doc.get("doc_id").asText(), List.of());
            Map<Long, Gold> bySpan = new HashMap<>();
            expected.forEach(g -> bySpan.put(((long) g.start() << 32) | g.end(), g));
            Map<Long, ResolvedMention> predicted = new HashMap<>();
            found.forEach(r -> predicted.put(((long) r.mention().start() << 32) | r.mention().end(), r));
            system += found.size();
            goldCount += expected.size();
            for (var e : predicted.entrySet()) {
                Gold g = bySpan.get(e.getKey());
                if (g == null) {
                    falsePositives.merge(e.getValue().mention().surface(), 1, Integer::sum);
                    continue;
                }
                tp++;
                if (g.lat() != null) {
                    withCoords++;
                    double km = e.getValue().place().distanceKm(g.lat(), g.lon());
                    if (km < 161) {
                        within++;
                    } else {
                        far.merge(g.surface() + "→" + e.getValue().place().id() + " " + e.getValue().place().name()
                                + "/" + e.getValue().place().countryCode(), 1, Integer::sum);
                    }
                }
            }
            expected.stream().filter(g -> !predicted.containsKey(((long) g.start() << 32) | g.end()))
                    .forEach(g -> {
                        misses.merge(g.surface(), 1, Integer::sum);
                        if (verbose && System.getenv("SHOW") != null && g.surface().matches(System.getenv("SHOW"))) {
                            System.out.println("MISS " + text.substring(Math.max(0, g.start() - 60),
                                    Math.min(text.length(), g.end() + 40)).replace('\n', ' '));
                        }
                    });
        }
        double p = (double) tp / system, r = (double) tp / goldCount;
        System.out.printf("| %s%s | %.3f | %.3f | %.3f | %.3f | %d | %,.0f |%n", corpus,
                associative ? "" : " (no associative)", p, r, 2 * p * r / (p + r),
                (double) within / withCoords, withCoords, words / (nanos / 1e9));
        if (verbose) {
            print("false positives", falsePositives);
            print("misses", misses);
            print("far (>161 km)", far);
        }
    }

    private static void print(String title, Map<String, Integer> counts) {
        System.out.println(title + ": " + counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .limit(60).map(e -> e.getKey() + "×" + e.getValue()).toList());
    }

    private static Map<String, List<Gold>> readGold(Path file) throws IOException {
        Map<String, List<Gold>> out = new HashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            Double lat = f[4].isEmpty() ? null : Double.valueOf(f[4]);
            Double lon = f[5].isEmpty() ? null : Double.valueOf(f[5]);
            out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Gold(Integer.parseInt(f[1]),
                    Integer.parseInt(f[2]), f[3], lat, lon));
        }
        return out;
    }
}
