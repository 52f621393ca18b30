package org.newsatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsatlas.article.ingest.ArticleReadException;
import org.newsatlas.article.ingest.DecodedText;
import org.newsatlas.article.ingest.TextDecoder;
import org.newsatlas.analysis.ArticleAnalyzer;
import org.newsatlas.analysis.GeoparseDocument;
import org.newsatlas.analysis.GeoparserFactory;
import org.newsatlas.geoparse.SaneDates;
import org.newsatlas.geodata.Geodata;
import org.springframework.context.ApplicationContext;

/**
 * {@code geoparse [--date YYYY-MM-DD] FILE...}: prints one JSON object per file (one per line), offsets into the
 * file's text exactly as decoded (line ends kept). Needs no database and starts no server. A file that cannot be
 * read, is empty or is binary gets a one-line error naming it on stderr; the others are still processed.
 */
public class GeoparseCommand implements Command {

    private final ObjectMapper json;

    /** @param json the mapper for the output and the geodata (the CLI runs this command without Spring) */
    public GeoparseCommand(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String usage() {
        return "geoparse [--date YYYY-MM-DD] FILE...   print each file's places and months as JSON";
    }

    @Override
    public boolean needsApplication() {
        return false;
    }

    @Override
    public Optional<String> usageError(List<String> operands) {
        try {
            Arguments arguments = Arguments.parse(operands);
            return arguments.files().isEmpty() ? Optional.of("geoparse: no FILE given") : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("geoparse: " + e.getMessage());
        }
    }

    @Override
    public int run(List<String> operands, ApplicationContext unused, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(operands);
        ArticleAnalyzer analyzer;
        try {
            analyzer = GeoparserFactory.analyzer(new Geodata(Geodata.DEFAULT_LOCATION, json));
        } catch (IOException e) {
            err.println("geoparse: cannot load the gazetteer: " + e.getMessage());
            return CommandLine.FAILED;
        }
        int failed = 0;
        for (String file : arguments.files()) {
            try {
                String text = read(Path.of(file));
                GeoparseDocument document = GeoparseDocument.of(Path.of(file).getFileName().toString(),
                        analyzer.analyze(text, arguments.date()));
                out.println(json.writeValueAsString(document));
            } catch (ArticleReadException | IOException e) {
                err.println("geoparse: " + file + ": " + e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? CommandLine.OK : CommandLine.FAILED;
    }

    /** Decodes as the importer does (BOM, UTF-8, Windows-1252; binary refused) but keeps line ends as they are. */
    static String read(Path file) throws IOException, ArticleReadException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new ArticleReadException(ArticleReadException.Reason.UNREADABLE,
                    Files.exists(file) ? "cannot be read" : "no such file");
        }
        byte[] bytes = Files.readAllBytes(file);
        DecodedText decoded = new TextDecoder().decode(bytes, Optional.empty());
        String text = new String(bytes, decoded.charset());
        text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (text.isBlank()) {
            throw new ArticleReadException(ArticleReadException.Reason.EMPTY, "empty: no text to geoparse");
        }
        return text;
    }

    record Arguments(LocalDate date, List<String> files) {
        static Arguments parse(List<String> operands) {
            LocalDate date = null;
            List<String> files = new ArrayList<>();
            for (int i = 0; i < operands.size(); i++) {
                String operand = operands.get(i);
                if (operand.equals("--date") || operand.startsWith("--date=")) {
                    String value = operand.startsWith("--date=") ? operand.substring(7)
                            : i + 1 < operands.size() ? operands.get(++i) : "";
                    date = date(value);
                } else {
                    files.add(operand);
                }
            }
            return new Arguments(date, files);
        }

        private static LocalDate date(String value) {
            LocalDate date;
            try {
                date = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--date needs YYYY-MM-DD, got '" + value + "'");
            }
            SaneDates.publicationDateProblem(date).ifPresent(problem -> {
                throw new IllegalArgumentException("--date: " + problem);
            });
            return date;
        }
    }
}
