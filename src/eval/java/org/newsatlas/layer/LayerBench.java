package org.newsatlas.layer;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.geotools.api.filter.Filter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.newsatlas.geodata.CountryShapes;
import org.newsatlas.geodata.ExerciseCatalog;
import org.newsatlas.geodata.Geodata;

/**
 * Benchmark (not a test): filters each layer for one month and prints a table. The layers are the real geodata
 * with synthetic passage links (PASSAGES passages over 36 months, each linking 1-4 features per layer), so it
 * measures the GeoTools filtering and recounting, not H2. Run:
 * {@code mvn -Peval -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt &&
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.newsatlas.layer.LayerBench [passages]}
 */
public final class LayerBench {

    private LayerBench() {
    }

    public static void main(String[] args) throws Exception {
        int passages = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Geodata geodata = Geodata.fromClasspath();
        CountryShapes countries = CountryShapes.load(geodata);
        LayerSources sources = new LayerSources(geodata, ExerciseCatalog.load(geodata, countries), countries);
        List<StoredPlace> places = syntheticPlaces(5_000);
        Random random = new Random(42);
        YearMonth month = YearMonth.of(2021, 8);
        System.out.printf("%d synthetic passages over 36 months; window %s%n", passages, month);
        System.out.printf("| layer | features | matched | median ms | p95 ms |%n| --- | ---: | ---: | ---: | ---: |%n");
        for (LayerName name : LayerName.values()) {
            List<BaseFeature> base = sources.features(name, places);
            LayerSnapshot layer = new LayerSnapshot(name, sources.type(name), base, links(base, passages, random));
            Filter filter = MonthFilters.filter(MonthWindow.of(month));
            double[] ms = new double[60];
            int matched = 0;
            for (int i = -20; i < ms.length; i++) {
                long t0 = System.nanoTime();
                matched = layer.query(filter, MonthWindow.of(month)).size();
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
            }
            Arrays.sort(ms);
            System.out.printf("| %s | %d | %d | %.2f | %.2f |%n", name.id(), base.size(), matched,
                    ms[ms.length / 2], ms[(int) (ms.length * 0.95)]);
        }
    }

    private static Map<String, List<PassageLink>> links(List<BaseFeature> base, int passages, Random random) {
        Map<String, List<PassageLink>> links = new HashMap<>();
        for (long p = 0; p < passages; p++) {
            List<YearMonth> months = List.of(YearMonth.of(2019, 1).plusMonths(random.nextInt(36)));
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                String key = base.get(random.nextInt(base.size())).linkKey();
                links.computeIfAbsent(key, x -> new ArrayList<>()).add(new PassageLink(p, 1 + random.nextInt(3), months));
            }
        }
        return links;
    }

    private static List<StoredPlace> syntheticPlaces(int n) {
        GeometryFactory factory = new GeometryFactory();
        Random random = new Random(7);
        List<StoredPlace> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new StoredPlace("gn:" + (9_000_000 + i), "Place " + i, "city", "XX",
                    factory.createPoint(new Coordinate(random.nextDouble() * 360 - 180, random.nextDouble() * 170 - 85))));
        }
        return out;
    }
}
