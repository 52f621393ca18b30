package org.newsatlas.geoparse.eval;

import com.novetta.clavin.ClavinException;
import com.novetta.clavin.GeoParser;
import com.novetta.clavin.GeoParserFactory;
import com.novetta.clavin.extractor.LocationOccurrence;
import com.novetta.clavin.gazetteer.GeoName;
import com.novetta.clavin.resolver.ResolvedLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * CLAVIN's parser behind JDK types only: text in, one {@code {start, end, latitude, longitude}} per resolved
 * location out, at CLAVIN's reported position with the length of the text it matched. Compiled against CLAVIN's
 * API, but only ever loaded by {@link IsolatedClavin}'s class loader, where it links to CLAVIN's own Lucene 8;
 * the harness, on the app's Lucene 9, holds it as a {@link Function}. Uses no inner classes, so that its one
 * class file is all that loader has to take from the harness.
 */
public final class ClavinBridge implements Function<String, List<double[]>> {

    private final GeoParser parser;

    /** CLAVIN with its defaults (OpenNLP location finder, max hit depth 1, context window 1, no fuzzy matching). */
    public ClavinBridge(String indexDirectory) throws ClavinException {
        this.parser = GeoParserFactory.getDefault(indexDirectory);
    }

    @Override
    public List<double[]> apply(String text) {
        List<ResolvedLocation> locations;
        try {
            locations = parser.parse(text);
        } catch (Exception e) {
            throw new IllegalStateException("CLAVIN failed on a text of " + text.length() + " chars", e);
        }
        List<double[]> spans = new ArrayList<>(locations.size());
        for (ResolvedLocation location : locations) {
            LocationOccurrence occurrence = location.getLocation();
            GeoName place = location.getGeoname();
            int start = occurrence.getPosition();
            spans.add(new double[] {start, start + occurrence.getText().length(),
                place.getLatitude(), place.getLongitude()});
        }
        return spans;
    }
}
