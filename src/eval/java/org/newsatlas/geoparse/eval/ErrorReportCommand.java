package org.newsatlas.geoparse.eval;

import java.io.IOException;
import java.io.PrintStream;

/**
 * Lists what News Atlas gets most wrong on each shared corpus (see {@link ErrorReport}), to find general
 * causes; prints to stdout and copies nothing of the corpora anywhere. Options as {@link EvaluationCommand}'s
 * plus {@code --rows N} (default 40): {@code mvn -Peval -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.newsatlas.geoparse.eval.ErrorReportCommand -Dexec.args="--corpora LGL"}.
 */
public final class ErrorReportCommand {

    private ErrorReportCommand() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream report = System.out;
        int rows = 40;
        if (args.length >= 2 && args[args.length - 2].equals("--rows")) {
            rows = Integer.parseInt(args[args.length - 1]);
            args = java.util.Arrays.copyOf(args, args.length - 2);
        }
        EvaluationOptions options = EvaluationOptions.parse(args);
        NewsAtlasGeoparser system = new NewsAtlasGeoparser(options.geodataDirectory());
        AnnotatedCorpusReader reader = new AnnotatedCorpusReader();
        for (String name : options.corpora()) {
            AnnotatedCorpus corpus = reader.read(options.evalDirectory(), name);
            NewsAtlasGeoparser adapted = (NewsAtlasGeoparser) system.forCorpus(name);
            ErrorReport errors = new ErrorReport();
            corpus.documents().forEach(document -> errors.add(document, adapted.resolve(document.text())));
            report.print(errors.format(name, rows));
        }
    }
}
