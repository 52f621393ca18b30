package org.newsatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsatlas.support.NewsCorpus;

/**
 * Every triggered pattern of the time recognizers finds exactly what {@link Matcher#find()} finds, on the real news
 * text of the evaluation corpora and the seeds and on edge cases: a pattern tried only at its trigger words misses
 * nothing and adds nothing.
 */
class TriggeredPatternTest {

    private static final List<String> TEXTS = new ArrayList<>();

    @BeforeAll
    static void readTexts() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path shared = NewsCorpus.sharedFolder();
        for (String corpus : List.of("LGL.docs.jsonl", "GeoVirus.docs.jsonl")) {
            for (String line : Files.readAllLines(shared.resolve("eval").resolve(corpus))) {
                TEXTS.add(json.readTree(line).get("text").asText());
            }
        }
        try (var seeds = Files.list(shared.resolve("seeds"))) {
            for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
                TEXTS.add(Files.readString(seed));
            }
        }
        TEXTS.add("Yesterday, today's 2 weeks ago. 15th of March 2021, 2021-03-15x 1999-12-31; last\u00a0Friday "
                + "on Monday,Tuesday_ early this year 3-4 June, a year ago an hour later 12 months ago_ 7 days ago"
                + " the spring of 2014 Fall 2019 ÉMarch 5 x2020 2020s Sept. 3, 2020 May 5th-7th 2019");
        assertThat(TEXTS).hasSizeGreaterThan(800);
    }

    /** The recognizers' triggered patterns, by name. */
    private static Map<String, TriggeredPattern> patterns() throws IllegalAccessException {
        Map<String, TriggeredPattern> all = new LinkedHashMap<>();
        for (Class<?> type : List.of(CalendarDateRecognizer.class, YearRecognizer.class,
                RelativeDateRecognizer.class, WeekdayRecognizer.class)) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == TriggeredPattern.class) {
                    field.setAccessible(true);
                    all.put(type.getSimpleName() + "." + field.getName(), (TriggeredPattern) field.get(null));
                }
            }
        }
        return all;
    }

    @Test
    void each_pattern_finds_what_find_finds_on_real_news() throws Exception {
        Map<String, TriggeredPattern> patterns = patterns();
        assertThat(patterns).hasSizeGreaterThanOrEqualTo(11);
        for (Map.Entry<String, TriggeredPattern> entry : patterns.entrySet()) {
            int matches = 0;
            for (String text : TEXTS) {
                List<String> expected = everyFind(entry.getValue().pattern(), text);
                List<String> found = new ArrayList<>();
                entry.getValue().forEachMatch(text, m -> found.add(m.start() + "-" + m.end() + " " + m.group()));
                assertThat(found).as(entry.getKey() + " in " + text.substring(0, Math.min(80, text.length())))
                        .isEqualTo(expected);
                matches += found.size();
            }
            assertThat(matches).as(entry.getKey() + " matches somewhere").isPositive();
        }
    }

    @Test
    void a_pattern_that_can_start_elsewhere_than_at_its_words_is_seen_to_differ() {
        // the check above can fail: a trigger list that leaves out a word the pattern starts with misses its matches
        TriggeredPattern incomplete = TriggeredPattern.atWords(Pattern.compile("\\b(?:last|next)\\s+week\\b"),
                "last");
        List<String> found = new ArrayList<>();
        incomplete.forEachMatch("next week and last week", m -> found.add(m.group()));
        assertThat(found).containsExactly("last week");
        assertThat(everyFind(incomplete.pattern(), "next week and last week")).hasSize(2);
    }

    private static List<String> everyFind(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end() + " " + m.group());
        }
        return found;
    }
}
