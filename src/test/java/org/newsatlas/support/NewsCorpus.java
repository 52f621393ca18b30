package org.newsatlas.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A corpus that looks like an analyst's: thousands of distinct news articles made from the real text of the
 * shared evaluation corpora (LGL, GeoVirus in {@code ../shared/eval/}), dated over years (2012-2024) and spread
 * over many outlets, written as HTML pages with the usual page metadata (title, outlet, author, date) the
 * importer reads. Article {@code i} is the paragraphs of one source story followed by a few paragraphs of
 * another, so every article has its own text (the importer recognises duplicates by a hash of the text). The
 * same seed always gives the same corpus.
 */
public final class NewsCorpus {

    /** One generated article: its file name, page and the metadata written into it. */
    public record GeneratedArticle(String fileName, String title, String outlet, LocalDate published, String html,
                                   String text) {
    }

    private static final String[] OUTLET_WORDS = {"Ledger", "Courier", "Tribune", "Herald", "Observer", "Gazette",
        "Times", "Post", "Chronicle", "Dispatch", "Examiner", "Sentinel", "Monitor", "Review", "Star", "Journal"};
    private static final String[] OUTLET_PLACES = {"Valley", "Harbor", "Northern", "Capital", "Coastal", "Prairie",
        "Metro", "County", "River", "Lakeside", "Mountain", "Union"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2012, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay());

    private final List<String[]> stories;
    private final long seed;

    private NewsCorpus(List<String[]> stories, long seed) {
        this.stories = stories;
        this.seed = seed;
    }

    /** The shared folder: system property {@code newsatlas.shared} (set by the pom), else {@code ../shared}. */
    public static Path sharedFolder() {
        return Path.of(System.getProperty("newsatlas.shared", "../shared"));
    }

    /** Reads the source stories of both evaluation corpora. */
    public static NewsCorpus fromSharedEval(long seed) {
        Path eval = sharedFolder().resolve("eval");
        List<String[]> stories = new ArrayList<>();
        stories.addAll(read(eval.resolve("LGL.docs.jsonl")));
        stories.addAll(read(eval.resolve("GeoVirus.docs.jsonl")));
        if (stories.size() < 2) {
            throw new IllegalStateException("no evaluation corpora under " + eval);
        }
        return new NewsCorpus(stories, seed);
    }

    /** Article number {@code index} (0, 1, ...); the same index always gives the same article. */
    public GeneratedArticle article(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        String[] main = stories.get(index % stories.size());
        String[] extra = stories.get((index / stories.size() + 1 + index * 7) % stories.size());
        if (extra == main) {
            extra = stories.get((index + 1) % stories.size());
        }
        List<String> paragraphs = paragraphs(main[1]);
        List<String> more = paragraphs(extra[1]);
        int take = Math.min(more.size(), 1 + random.nextInt(3));
        int from = more.isEmpty() ? 0 : random.nextInt(Math.max(1, more.size() - take + 1));
        paragraphs.addAll(more.subList(from, Math.min(more.size(), from + take)));
        paragraphs.add("Story " + index + " of this collection.");
        String title = titleOf(main, paragraphs.get(0));
        String outlet = "The " + OUTLET_PLACES[random.nextInt(OUTLET_PLACES.length)] + " "
                + OUTLET_WORDS[random.nextInt(OUTLET_WORDS.length)];
        LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
        String text = String.join("\n\n", paragraphs);
        return new GeneratedArticle(String.format("article-%05d.html", index), title, outlet, published,
                html(title, outlet, published, paragraphs), text);
    }

    /** Writes articles {@code 0..count-1} as HTML files into {@code folder}; returns them in order. */
    public List<GeneratedArticle> write(Path folder, int count) {
        List<GeneratedArticle> written = new ArrayList<>(count);
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                GeneratedArticle article = article(i);
                Files.writeString(folder.resolve(article.fileName()), article.html(), StandardCharsets.UTF_8);
                written.add(article);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.split("\\n\\s*\\n|\\n")) {
            String paragraph = block.strip().replaceAll("\\s+", " ");
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    private static String titleOf(String[] story, String firstParagraph) {
        if (!story[0].isBlank()) {
            return story[0];
        }
        String words = firstParagraph.length() > 90 ? firstParagraph.substring(0, 90) : firstParagraph;
        int cut = words.lastIndexOf(' ');
        return (cut > 30 ? words.substring(0, cut) : words).replaceAll("[,;:]$", "");
    }

    private static String html(String title, String outlet, LocalDate published, List<String> paragraphs) {
        StringBuilder page = new StringBuilder(4096).append("<!DOCTYPE html>\n<html lang=\"en\"><head>")
                .append("<meta charset=\"utf-8\"><title>").append(escape(title)).append("</title>")
                .append("<meta property=\"og:site_name\" content=\"").append(escape(outlet)).append("\">")
                .append("<meta name=\"author\" content=\"Staff reporter\">")
                .append("<meta property=\"article:published_time\" content=\"").append(published).append("\">")
                .append("</head><body><article><h1>").append(escape(title)).append("</h1>\n");
        for (String paragraph : paragraphs) {
            page.append("<p>").append(escape(paragraph)).append("</p>\n");
        }
        return page.append("</article></body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static List<String[]> read(Path docs) {
        ObjectMapper json = new ObjectMapper();
        List<String[]> stories = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(docs, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    JsonNode document = json.readTree(line);
                    String text = document.path("text").asText("");
                    if (text.length() > 200) {
                        stories.add(new String[] {document.path("title").asText(""), text});
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + docs, e);
        }
        return stories;
    }
}
