package org.newsatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.support.NewsCorpus;

/**
 * The time tagger against a hand-checked set of passages from real news ({@code time/hand-checked-passages.tsv}:
 * the demo seeds, LGL and GeoVirus, each with its publication date and the months its text pins down). Prints
 * month precision and recall (micro-averaged over passages; a fallback to the publication month is "no month")
 * with the passages it gets wrong, and asserts only floors well below the measured figures.
 */
class TimeTaggerEvaluationTest {

    private static final String SET = "/time/hand-checked-passages.tsv";
    private static final TimeTagger TAGGER = new TimeTagger();
    private static List<Judged> judged;

    /** One hand-checked passage and what the tagger gave it. */
    private record Judged(String source, LocalDate published, Set<YearMonth> gold, Set<YearMonth> tagged,
                          String text) {

        int hits() {
            return (int) tagged.stream().filter(gold::contains).count();
        }
    }

    /** Counts over a group of passages. */
    private record Score(int passages, int exact, int gold, int tagged, int hits) {

        static Score of(List<Judged> group) {
            return new Score(group.size(), (int) group.stream().filter(j -> j.gold().equals(j.tagged())).count(),
                    group.stream().mapToInt(j -> j.gold().size()).sum(),
                    group.stream().mapToInt(j -> j.tagged().size()).sum(),
                    group.stream().mapToInt(Judged::hits).sum());
        }

        double precision() {
            return tagged == 0 ? 1 : (double) hits / tagged;
        }

        double recall() {
            return gold == 0 ? 1 : (double) hits / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    @BeforeAll
    static void tagTheSet() throws IOException {
        judged = new ArrayList<>();
        Map<String, String> sources = sources();
        for (String line : lines()) {
            String[] cells = line.split("\t", -1);
            LocalDate published = cells[1].equals("-") ? null : LocalDate.parse(cells[1]);
            int at = cells[0].lastIndexOf('@');
            String source = Objects.requireNonNull(sources.get(cells[0].substring(0, at)), cells[0]);
            int start = Integer.parseInt(cells[0].substring(at + 1));
            String text = source.substring(start, start + Integer.parseInt(cells[3]));
            PassageTime time = TAGGER.tag(text, published);
            Set<YearMonth> tagged = time.fallback() ? Set.of() : new TreeSet<>(time.months());
            judged.add(new Judged(cells[0], published, months(cells[2]), tagged, text));
        }
        printTable();
    }

    /** The texts the set points into, read where they are: the seeds and the evaluation corpora in ../shared. */
    private static Map<String, String> sources() throws IOException {
        Map<String, String> texts = new HashMap<>();
        Path shared = NewsCorpus.sharedFolder();
        try (var seeds = Files.list(shared.resolve("seeds"))) {
            for (Path seed : seeds.filter(f -> f.toString().endsWith(".txt")).toList()) {
                texts.put("seeds/" + seed.getFileName(), Files.readString(seed));
            }
        }
        ObjectMapper json = new ObjectMapper();
        for (String corpus : List.of("LGL.docs.jsonl", "GeoVirus.docs.jsonl")) {
            for (String line : Files.readAllLines(shared.resolve("eval").resolve(corpus))) {
                if (!line.isBlank()) {
                    JsonNode doc = json.readTree(line);
                    texts.put(doc.get("doc_id").asText(), doc.get("text").asText());
                }
            }
        }
        return texts;
    }

    private static List<String> lines() throws IOException {
        try (InputStream in = Objects.requireNonNull(TimeTaggerEvaluationTest.class.getResourceAsStream(SET), SET)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("source\t")).toList();
        }
    }

    private static Set<YearMonth> months(String cell) {
        return cell.equals("-") ? Set.of()
                : new TreeSet<>(Arrays.stream(cell.split(",")).map(String::trim).map(YearMonth::parse).toList());
    }

    private static List<Judged> where(Predicate<Judged> p) {
        return judged.stream().filter(p).toList();
    }

    private static void printTable() {
        System.out.println("Time tagger on " + judged.size() + " hand-checked passages (" + SET + ")");
        System.out.printf("%-24s %8s %6s %6s %7s %6s %9s %7s %5s%n", "group", "passages", "exact", "gold",
                "tagged", "right", "precision", "recall", "F1");
        row("all", judged);
        row("dated articles", where(j -> j.published() != null));
        row("undated articles", where(j -> j.published() == null));
        row("with pinned months", where(j -> !j.gold().isEmpty()));
        row("with none pinned", where(j -> j.gold().isEmpty()));
        System.out.println("Passages tagged otherwise than by hand:");
        for (Judged j : judged) {
            if (!j.gold().equals(j.tagged())) {
                System.out.printf("  %s (%s): hand %s, tagger %s: %.90s%n", j.source(),
                        j.published() == null ? "undated" : j.published(), j.gold(), j.tagged(), j.text());
            }
        }
    }

    private static void row(String name, List<Judged> group) {
        Score s = Score.of(group);
        System.out.printf("%-24s %8d %6d %6d %7d %6d %9.3f %7.3f %5.3f%n", name, s.passages(), s.exact(), s.gold(),
                s.tagged(), s.hits(), s.precision(), s.recall(), s.f1());
    }

    @Test
    void the_set_is_hand_checked_news_with_dated_and_undated_passages_and_both_kinds_of_gold() {
        assertThat(judged).hasSizeGreaterThanOrEqualTo(60);
        assertThat(where(j -> j.published() == null)).hasSizeGreaterThanOrEqualTo(15);
        assertThat(where(j -> j.gold().isEmpty())).hasSizeGreaterThanOrEqualTo(20);
        assertThat(where(j -> !j.gold().isEmpty())).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void month_precision_and_recall_stay_above_their_floors() {
        Score all = Score.of(judged);
        assertThat(all.precision()).as("precision").isGreaterThan(0.80);
        assertThat(all.recall()).as("recall").isGreaterThan(0.80);
    }

    @Test
    void passages_that_pin_no_month_get_few_months() {
        Score none = Score.of(where(j -> j.gold().isEmpty()));
        assertThat(none.tagged()).as("months given to passages that pin none").isLessThan(none.passages() / 4);
    }
}
