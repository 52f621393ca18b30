package org.newsatlas.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.newsatlas.geodata.CountryNameRow;
import org.newsatlas.geodata.GazetteerRow;
import org.newsatlas.geodata.Geodata;

/**
 * A corpus that names tens of thousands of distinct places, for the map at scale (not a test; writes HTML files the
 * importer reads): each article is a roundup of regional reports, each sentence naming a town with its country
 * ("Officials in Kisumu, Kenya, reported …"). Towns are GeoNames cities whose name no other gazetteer place has, so
 * each resolves to one place; dates spread over 2014–2024. Usage:
 * {@code mvn -o -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.newsatlas.load.ManyPlacesCorpus
 * -Dexec.args="target/many-places-corpus 50000"}, then {@code java -jar target/news-atlas.jar import
 * target/many-places-corpus --newsatlas.data-dir=…}.
 */
public final class ManyPlacesCorpus {

    private static final int PLACES_PER_ARTICLE = 50;
    private static final String[] REPORTS = {
        "Officials in %s, %s, reported heavy rain and closed two roads.",
        "Police in %s, %s, said a protest outside the town hall ended peacefully.",
        "Residents of %s, %s, queued for fuel after a delivery was delayed.",
        "The mayor of %s, %s, announced repairs to the main bridge.",
        "Farmers near %s, %s, said the harvest came in two weeks late.",
    };

    private ManyPlacesCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/many-places-corpus"));
        int places = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        List<String[]> towns = towns(Geodata.fromClasspath(), places);
        Random random = new Random(7);
        int written = 0;
        for (int start = 0; start < towns.size(); start += PLACES_PER_ARTICLE) {
            List<String[]> named = towns.subList(start, Math.min(towns.size(), start + PLACES_PER_ARTICLE));
            LocalDate published = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(11 * 365));
            StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                    .append("<title>Regional roundup ").append(written + 1).append("</title>")
                    .append("<meta property=\"og:site_name\" content=\"Wire ").append(written % 40).append("\">")
                    .append("<meta property=\"article:published_time\" content=\"").append(published).append("\">")
                    .append("</head><body><article><h1>Regional roundup ").append(written + 1).append("</h1>\n");
            for (int i = 0; i < named.size(); i += 5) {
                page.append("<p>");
                for (String[] town : named.subList(i, Math.min(named.size(), i + 5))) {
                    page.append(String.format(REPORTS[random.nextInt(REPORTS.length)], escape(town[0]),
                            escape(town[1]))).append(' ');
                }
                page.append("</p>\n");
            }
            page.append("</article></body></html>\n");
            Files.writeString(folder.resolve(String.format("roundup-%05d.html", written)), page,
                    StandardCharsets.UTF_8);
            written++;
        }
        System.out.printf("%d articles naming %d towns in %s%n", written, towns.size(), folder);
    }

    /** Up to {@code count} towns (name, country name) whose name no other gazetteer row has, in a random order. */
    private static List<String[]> towns(Geodata geodata, int count) throws IOException {
        Map<String, String> countries = new HashMap<>();
        for (CountryNameRow row : geodata.countryNames()) {
            countries.put(row.isoA2(), row.name());
        }
        Map<String, Integer> uses = new HashMap<>();
        List<GazetteerRow> rows = new ArrayList<>();
        try (Stream<GazetteerRow> stream = geodata.gazetteer()) {
            stream.forEach(row -> {
                rows.add(row);
                uses.merge(row.name(), 1, Integer::sum);
                row.alternateNames().forEach(n -> uses.merge(n, 1, Integer::sum));
            });
        }
        List<String[]> towns = new ArrayList<>();
        for (GazetteerRow row : rows) {
            String country = countries.get(row.countryCode());
            if (country != null && uses.get(row.name()) == 1 && row.name().matches("\\p{Lu}[\\p{L} '-]{3,}")) {
                towns.add(new String[] {row.name(), country});
            }
        }
        Collections.shuffle(towns, new Random(11));
        return towns.subList(0, Math.min(count, towns.size()));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
