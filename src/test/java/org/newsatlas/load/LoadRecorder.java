package org.newsatlas.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a load run saw, from every session at once: the server's response time of each request to the app by kind
 * (document, Vaadin UIDL, API fetch), the actions done, and every error with what it was.
 */
public final class LoadRecorder {

    private final Map<String, List<Double>> responses = new TreeMap<>();
    private final Map<String, Integer> actions = new TreeMap<>();
    private final List<String> errors = new ArrayList<>();

    /** A request to the app answered in {@code millis} (request sent to last byte). */
    public synchronized void response(String kind, double millis) {
        responses.computeIfAbsent(kind, k -> new ArrayList<>()).add(millis);
    }

    public synchronized void action(String name) {
        actions.merge(name, 1, Integer::sum);
    }

    public synchronized void error(String what) {
        errors.add(what);
    }

    public synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    public synchronized int requests() {
        return responses.values().stream().mapToInt(List::size).sum();
    }

    public synchronized Map<String, Integer> actions() {
        return new LinkedHashMap<>(actions);
    }

    /** Response-time percentiles per kind of request and over all of them. */
    public synchronized Map<String, Percentiles> percentiles() {
        Map<String, Percentiles> out = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        responses.forEach((kind, values) -> {
            out.put(kind, Percentiles.of(values));
            all.addAll(values);
        });
        out.put("all", Percentiles.of(all));
        return out;
    }

    /** Nearest-rank percentiles of response times, ms. */
    public record Percentiles(int count, double p50, double p95, double p99, double max) {
        static Percentiles of(List<Double> values) {
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(sorted);
            return new Percentiles(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                    sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1]);
        }

        private static double rank(double[] sorted, double p) {
            return sorted.length == 0 ? Double.NaN : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
        }
    }
}
