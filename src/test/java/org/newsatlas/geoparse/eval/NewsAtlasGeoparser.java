package org.newsatlas.geoparse.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newsatlas.gazetteer.GeodataGazetteerLoader;
import org.newsatlas.geoparse.EnglishWords;
import org.newsatlas.geoparse.GeoparsePipeline;
import org.newsatlas.geoparse.Geoparser;
import org.newsatlas.layer.Geodata;

/**
 * This project's geoparser (recognition + resolution) as the evaluation runs it: on the corpus text as given.
 * Associative mentions (demonyms and adjectives such as "Chinese") are not toponyms in the corpora's sense and
 * are left out; every other mention counts.
 */
final class NewsAtlasGeoparser implements EvaluatedGeoparser {

    private final Geoparser geoparser;

    NewsAtlasGeoparser(Path geodataDirectory) throws IOException {
        Geodata geodata = new Geodata(geodataDirectory.toAbsolutePath().toString());
        geoparser = GeoparsePipeline.geoparser(new GeodataGazetteerLoader(geodata).load(), EnglishWords.load(geodata));
    }

    @Override
    public String name() {
        return "News Atlas";
    }

    @Override
    public List<PredictedToponym> parse(String text) {
        return geoparser.parse(text).stream().filter(r -> !r.mention().associative())
                .map(r -> new PredictedToponym(r.mention().start(), r.mention().end(), r.place().lat(),
                        r.place().lon()))
                .toList();
    }
}
