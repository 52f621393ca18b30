package org.newsatlas.geoparse;

import org.newsatlas.analysis.GeoparserFactory;
import java.nio.file.Path;
import org.newsatlas.geodata.Geodata;

/** Prints what the full geoparser makes of each argument (a development aid). */
public final class ParseDebug {
    public static void main(String[] args) throws Exception {
        Geodata source = new Geodata("geodata");
        Geoparser parser = GeoparserFactory.geoparser(source);
        for (String text : args) {
            System.out.println(text);
            for (ResolvedMention r : parser.parse(text)) {
                System.out.printf("  [%d,%d) %s%s -> %s %s (%s) %.2f by %s: %s; next %s%n", r.mention().start(),
                        r.mention().end(), r.mention().surface(), r.mention().associative() ? " (assoc)" : "",
                        r.place().id(), r.place().name(), r.place().countryCode(), r.confidence(), r.decidedBy(),
                        r.reason(), r.runnersUp().stream().limit(2).map(c -> c.place().id() + String.format(":%.1f",
                                c.score())).toList());
            }
        }
    }
}
