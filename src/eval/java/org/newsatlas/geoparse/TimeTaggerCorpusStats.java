package org.newsatlas.geoparse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * How many months the time tagger gives whole corpora (a table; not a test): every document of LGL (dated) and
 * GeoVirus (undated) in {@code ../shared/eval/}, tagged sentence by sentence (their texts have no paragraph breaks, so
 * a sentence stands in for a passage), with the distinct months and years per article, the sentences that fall back
 * to the publication month, and the articles dated early: given a month more than a year before their publication
 * (undated: any month at all). {@code args[0]}: the eval folder (default {@code ../shared/eval}).
 */
public final class TimeTaggerCorpusStats {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"“])");

    private TimeTaggerCorpusStats() {
    }

    public static void main(String[] args) throws IOException {
        Path eval = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        TimeTagger tagger = new TimeTagger();
        System.out.printf("%-9s %8s %9s %17s %16s %9s %23s%n", "corpus", "articles", "sentences", "months/article",
                "years/article", "fallback", "articles dated early");
        for (String corpus : new String[] {"LGL", "GeoVirus"}) {
            long articles = 0;
            long sentences = 0;
            long months = 0;
            long years = 0;
            long fallback = 0;
            long early = 0;
            try (BufferedReader in = Files.newBufferedReader(eval.resolve(corpus + ".docs.jsonl"), StandardCharsets.UTF_8)) {
                ObjectMapper json = new ObjectMapper();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode doc = json.readTree(line);
                    String date = doc.path("date").asText("");
                    LocalDate published = date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null;
                    TreeSet<YearMonth> tagged = new TreeSet<>();
                    for (String sentence : SENTENCE_END.split(doc.get("text").asText())) {
                        PassageTime time = tagger.tag(sentence, published);
                        sentences++;
                        fallback += time.fallback() ? 1 : 0;
                        tagged.addAll(time.months());
                    }
                    articles++;
                    months += tagged.size();
                    years += tagged.stream().map(YearMonth::getYear).distinct().count();
                    early += early(tagged, published) ? 1 : 0;
                }
            }
            System.out.printf("%-9s %8d %9d %17.2f %16.2f %9d %23d%n", corpus, articles, sentences,
                    (double) months / articles, (double) years / articles, fallback, early);
        }
    }

    private static boolean early(TreeSet<YearMonth> months, LocalDate published) {
        if (months.isEmpty()) {
            return false;
        }
        return published == null || months.first().getYear() < published.getYear() - 1;
    }
}
