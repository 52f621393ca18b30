package org.newsatlas.article.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsatlas.article.NewArticle;
import org.newsatlas.geoparse.SaneDates;

/**
 * What the user says about one article file in a JSON file beside it: {@code NAME.json} for the article file
 * {@code NAME} ({@code kabul.txt.json} for {@code kabul.txt}, {@code 2021/osh.html.json} for {@code 2021/osh.html}),
 * one object with the fields a CSV row has ({@link ArticleRecord}: title, date, outlet, author, url; a text field is
 * not read). Its values come before what the file itself says. A sidecar is never imported as an article.
 */
final class Sidecar {

    private static final String SUFFIX = ".json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    /** Far more than any title, date, outlet, author and url take. */
    static final int MAX_BYTES = 64 * 1024;

    private final String name;
    private final ArticleRecord fields;

    private Sidecar(String name, ArticleRecord fields) {
        this.name = name;
        this.fields = fields;
    }

    /** Whether the file is the sidecar of an article file: an article file's name with {@code .json} after it. */
    static boolean isSidecar(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(SUFFIX)) {
            return false;
        }
        String article = fileName.substring(0, fileName.length() - SUFFIX.length());
        return ArticleFileReader.isSupported(article) && !ArticleFileReader.isBundle(article);
    }

    /** The name of the article file the sidecar speaks of. */
    static String articleName(String sidecarName) {
        return sidecarName.substring(0, sidecarName.length() - SUFFIX.length());
    }

    static Sidecar read(ArticleSource source) throws ArticleReadException {
        byte[] bytes;
        try {
            if (source.size() > MAX_BYTES) {
                throw unreadable(source.name(), "larger than " + ByteCount.format(MAX_BYTES));
            }
            bytes = source.bytes(MAX_BYTES);
        } catch (IOException e) {
            throw unreadable(source.name(), ArticleFileReader.describe(e));
        }
        JsonNode node;
        try {
            node = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw unreadable(source.name(), "not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw unreadable(source.name(), "not a JSON object with the article's title, date, outlet, author, url");
        }
        Map<String, String> values = new HashMap<>();
        node.fields().forEachRemaining(field -> ArticleRecord.field(field.getKey())
                .filter(key -> !key.equals("text"))
                .ifPresent(key -> values.putIfAbsent(key, JsonLinesFormat.text(field.getValue()))));
        return new Sidecar(source.name(), ArticleRecord.of(source.name(), values));
    }

    private static ArticleReadException unreadable(String name, String why) {
        return new ArticleReadException(ArticleReadException.Reason.UNREADABLE,
                "its sidecar " + ArticleFileReader.fileName(name) + " is " + why);
    }

    /**
     * The article with the sidecar's values in place of the file's, and a note naming them. A date it cannot read
     * is named and left out; a date outside the sane range fails the article, as in a CSV row.
     */
    ReadArticle applyTo(ReadArticle read) throws ArticleReadException {
        NewArticle a = read.article();
        List<String> notes = new ArrayList<>(read.warnings());
        LocalDate published = a.published();
        boolean approximate = a.publishedApproximate();
        List<String> taken = new ArrayList<>();
        String file = ArticleFileReader.fileName(name);
        if (fields.date() != null) {
            Optional<LocalDate> date = RecordDate.parse(fields.date());
            if (date.isEmpty()) {
                notes.add("its sidecar " + file + " has a date “" + fields.date() + "” that is not a date it can read");
            } else {
                Optional<String> problem = SaneDates.publicationDateProblem(date.get());
                if (problem.isPresent()) {
                    throw new ArticleReadException(ArticleReadException.Reason.DATE_OUT_OF_RANGE,
                            problem.get() + " (its sidecar " + file + ")");
                }
                published = date.get();
                approximate = false;
                taken.add("dated " + DAY.format(published));
            }
        }
        taken.addAll(named("title", fields.title()));
        taken.addAll(named("outlet", fields.outlet()));
        taken.addAll(named("author", fields.author()));
        taken.addAll(named("url", fields.url()));
        if (!taken.isEmpty()) {
            notes.add(String.join(", ", taken) + " from its sidecar " + file);
        }
        NewArticle withSidecar = new NewArticle(or(fields.title(), a.title()), or(fields.outlet(), a.outlet()),
                or(fields.author(), a.author()), published, approximate, or(fields.url(), a.sourceName()),
                a.originalText());
        return new ReadArticle(withSidecar, notes);
    }

    private static List<String> named(String what, String value) {
        return value == null ? List.of() : List.of(what);
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }
}
