package org.newsatlas.geoparse.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsatlas.geoparse.ResolvedMention;

/**
 * What a geoparser gets wrong on one corpus, grouped so that general causes stand out: resolution errors of
 * 161 km or more (by surface and chosen place, worst total first), false positives (system spans overlapping no
 * gold toponym) and false negatives (gold toponyms no system span overlaps), most frequent first.
 */
final class ErrorReport {

    /** One document's findings, counted into the report. */
    private record Finding(String key, double km) {
    }

    private final List<Finding> misresolved = new ArrayList<>();
    private final List<Finding> falsePositives = new ArrayList<>();
    private final List<Finding> falseNegatives = new ArrayList<>();

    void add(AnnotatedDocument document, List<ResolvedMention> resolved) {
        Map<String, ResolvedMention> bySpan = new HashMap<>();
        List<PredictedToponym> predicted = new ArrayList<>();
        for (ResolvedMention r : resolved) {
            bySpan.put(r.mention().start() + ":" + r.mention().end(), r);
            predicted.add(new PredictedToponym(r.mention().start(), r.mention().end(), r.place().lat(), r.place().lon()));
        }
        ToponymAlignment alignment = ToponymAlignment.of(document.gold(), predicted);
        for (AlignedToponym pair : alignment.overlapping()) {
            if (pair.gold().hasCoordinates() && pair.errorKm() >= 161) {
                ResolvedMention r = bySpan.get(pair.predicted().start() + ":" + pair.predicted().end());
                misresolved.add(new Finding(String.format(Locale.ROOT, "%s -> %s %s [%s] (%s; gold %.2f,%.2f)",
                        pair.gold().surface(), r.place().name(), r.place().countryCode(), r.place().id(),
                        r.decidedBy(), pair.gold().lat(), pair.gold().lon()), pair.errorKm()));
            }
        }
        predicted.stream().filter(p -> document.gold().stream().noneMatch(p::overlaps))
                .forEach(p -> falsePositives.add(new Finding(fpKey(bySpan.get(p.start() + ":" + p.end())), 0)));
        document.gold().stream().filter(g -> predicted.stream().noneMatch(g::overlaps))
                .forEach(g -> falseNegatives.add(new Finding(g.surface(), 0)));
    }

    private static String fpKey(ResolvedMention r) {
        return r.mention().surface() + " -> " + r.place().name() + " " + r.place().countryCode()
                + (r.mention().associative() ? " (associative)" : "");
    }

    String format(String corpus, int rows) {
        StringBuilder out = new StringBuilder();
        section(out, corpus + ": resolution errors >= 161 km (count, total km)", misresolved, rows);
        section(out, corpus + ": false positives", falsePositives, rows);
        section(out, corpus + ": false negatives", falseNegatives, rows);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<Finding> findings, int rows) {
        out.append("== ").append(title).append(" — ").append(findings.size()).append(" in all\n");
        Map<String, List<Finding>> groups = findings.stream().collect(Collectors.groupingBy(Finding::key));
        groups.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, List<Finding>> e) -> -weight(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .limit(rows)
                .forEach(e -> out.append(String.format(Locale.ROOT, "%5d %9.0f  %s%n", e.getValue().size(),
                        e.getValue().stream().mapToDouble(Finding::km).sum(), e.getKey())));
    }

    private static double weight(List<Finding> group) {
        return group.size() * 1e6 + group.stream().mapToDouble(Finding::km).sum();
    }

}
