package org.newsatlas.geoparse.eval;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates geoparsers on the shared corpora (LGL, GeoVirus; with {@code --tr-news}, TR-News as a third) and
 * prints the score table on stdout,
 * progress and CLAVIN's logging on stderr. Runs without Spring, e.g. from the project directory:
 * {@code mvn -Peval -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.newsatlas.geoparse.eval.EvaluationCommand}.
 */
public final class EvaluationCommand {

    private EvaluationCommand() {
    }

    public static void main(String[] args) {
        // CLAVIN logs to stdout through the logback.xml in its jar: keep stdout for the table alone.
        PrintStream table = System.out;
        System.setOut(System.err);
        EvaluationOptions options;
        try {
            options = EvaluationOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        if (!Files.isDirectory(options.evalDirectory())) {
            System.err.println("no evaluation corpora in " + options.evalDirectory().toAbsolutePath());
            System.exit(1);
        }
        List<AnnotatedCorpus> corpora = new ArrayList<>();
        AnnotatedCorpusReader reader = new AnnotatedCorpusReader();
        options.corpora().forEach(name -> corpora.add(reader.read(options.evalDirectory(), name)));
        if (options.trNews() != null) {
            GazetteerTaggedXmlReader.Read trNews = new GazetteerTaggedXmlReader().read(options.trNews(), "TR-News");
            System.err.printf("TR-News: %d documents, %d gold toponyms (%d spans moved onto their phrase, %d dropped)%n",
                    trNews.corpus().documents().size(), trNews.corpus().goldCount(), trNews.repaired(),
                    trNews.dropped());
            corpora.add(trNews.corpus());
        }
        List<EvaluatedGeoparser> systems = options.systems().stream().map(name -> system(name, options)).toList();
        List<CorpusScore> scores = new Evaluation(options.warmUpDocuments(), options.timedPasses(), System.err)
                .run(systems, corpora);
        table.print(new ScoreTable(PublishedResult.WANG_AND_HU_2019).format(scores));
    }

    private static EvaluatedGeoparser system(String name, EvaluationOptions options) {
        if (name.equals("newsatlas")) {
            try {
                return new NewsAtlasGeoparser(options.geodataDirectory());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot load the gazetteer from " + options.geodataDirectory(), e);
            }
        }
        if (name.equals("clavin")) {
            IsolatedClavin clavin = IsolatedClavin.open(options.clavinLib());
            Path index = options.clavinIndex();
            if (!ClavinIndex.isBuilt(index)) {
                Path cities500 = options.cities500() != null
                        ? options.cities500() : GeoNamesCities500.locate(Path.of("").toAbsolutePath());
                Path gazetteer = index.resolveSibling("clavin-gazetteer").resolve("allCountries.txt");
                System.err.println("building CLAVIN's index " + index + " from " + cities500 + " and "
                        + options.geodataDirectory());
                for (String file : List.of("country-names.tsv", "admin1.tsv.gz")) {
                    if (!Files.isRegularFile(options.geodataDirectory().resolve(file))) {
                        System.err.println("warning: no " + file + " in " + options.geodataDirectory()
                                + ": CLAVIN's index will lack what it holds");
                    }
                }
                ClavinIndex.ensureBuilt(clavin, index, ClavinGazetteerFile.write(gazetteer, cities500,
                        options.geodataDirectory()));
            }
            return new ClavinGeoparser(clavin, index);
        }
        throw new IllegalArgumentException("unknown system " + name + " (known: newsatlas, clavin)");
    }
}
