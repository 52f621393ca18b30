package org.newsatlas.geoparse.eval;

import com.novetta.clavin.ClavinException;
import com.novetta.clavin.GeoParser;
import com.novetta.clavin.GeoParserFactory;
import com.novetta.clavin.extractor.LocationOccurrence;
import com.novetta.clavin.gazetteer.GeoName;
import com.novetta.clavin.resolver.ResolvedLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CLAVIN 3.0.0 with its defaults (OpenNLP location finder, max hit depth 1, context window 1, no fuzzy
 * matching) over a {@link ClavinIndex}. Each resolved location becomes a toponym at CLAVIN's reported
 * position with the text CLAVIN matched.
 */
public class ClavinGeoparser implements EvaluatedGeoparser {

    private final GeoParser parser;

    public ClavinGeoparser(Path indexDirectory) {
        try {
            this.parser = GeoParserFactory.getDefault(indexDirectory.toAbsolutePath().toString());
        } catch (ClavinException e) {
            throw new IllegalStateException("CLAVIN cannot open its index " + indexDirectory, e);
        }
    }

    @Override
    public String name() {
        return "CLAVIN 3.0.0";
    }

    @Override
    public List<PredictedToponym> parse(String text) {
        List<ResolvedLocation> locations;
        try {
            locations = parser.parse(text);
        } catch (Exception e) {
            throw new IllegalStateException("CLAVIN failed on a text of " + text.length() + " chars", e);
        }
        List<PredictedToponym> toponyms = new ArrayList<>(locations.size());
        for (ResolvedLocation location : locations) {
            LocationOccurrence occurrence = location.getLocation();
            GeoName place = location.getGeoname();
            int start = occurrence.getPosition();
            toponyms.add(new PredictedToponym(start, start + occurrence.getText().length(),
                    place.getLatitude(), place.getLongitude()));
        }
        return toponyms;
    }
}
