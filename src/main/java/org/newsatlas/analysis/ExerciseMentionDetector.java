package org.newsatlas.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsatlas.geodata.Exercise;

/**
 * Finds the names of military exercises in text, by rules: (1) any alias of a curated exercise, ignoring case,
 * spacing, slashes and hyphens; (2) a curated series name without a year ("the Peace Mission drills"), resolved
 * to the edition nearest the article's date; (3) an exercise-like name with a year ("Zapad-2021", "the Vostok
 * 2022 drills"); (4) a capitalised name before an exercise word. (3) and (4) give unplaced mentions unless the
 * dataset knows the name. Where matches overlap, the earlier rule wins.
 */
public final class ExerciseMentionDetector {

    /** A series name resolves to an edition whose dates lie within this many days of the article's date. */
    static final long SERIES_REACH_DAYS = 400;

    /** @param clue the name's first word case-folded: a passage without it cannot match (checked first, fast) */
    private record Spelling(Pattern pattern, String clue, Exercise exercise) {
    }

    private record Series(Pattern pattern, String clue, String key, boolean endsWithCue, List<Exercise> editions) {
    }

    private final List<Spelling> spellings = new ArrayList<>();
    private final List<Series> series = new ArrayList<>();
    private final Map<String, Exercise> byKey = new HashMap<>();

    public ExerciseMentionDetector(List<Exercise> exercises) {
        Map<String, List<Exercise>> editions = new HashMap<>();
        for (Exercise e : exercises) {
            for (String alias : aliasesOf(e)) {
                spellings.add(new Spelling(ExerciseNames.spellingPattern(alias), clue(alias), e));
                byKey.put(ExerciseNames.key(alias), e);
            }
            if (e.series() != null) {
                editions.computeIfAbsent(e.series(), s -> new ArrayList<>()).add(e);
            }
        }
        editions.forEach((name, list) -> series.add(new Series(
                Pattern.compile(ExerciseNames.spellingPattern(name).pattern() + "(?:s(?![\\p{L}]))?"
                        + "(?!" + ExerciseNames.SEPARATORS + ExerciseNames.YEAR + ")", Pattern.CASE_INSENSITIVE),
                clue(name), ExerciseNames.key(name), ExerciseNames.ENDS_WITH_CUE.matcher(name).matches(), List.copyOf(list))));
    }

    public List<ExerciseMention> detect(String text) {
        return detect(text, 0, text.length(), null);
    }

    /**
     * The exercise mentions in {@code text[from, to)}, offsets into {@code text}.
     *
     * @param referenceDate the article's date, to resolve a series name to one edition; null leaves it unplaced
     */
    public List<ExerciseMention> detect(String text, int from, int to, LocalDate referenceDate) {
        List<ExerciseMention> found = new ArrayList<>();
        String folded = fold(text, from, to);
        for (Spelling s : spellings) {
            if (!folded.contains(s.clue())) {
                continue;
            }
            Matcher m = s.pattern().matcher(text).region(from, to);
            while (m.find()) {
                found.add(new ExerciseMention(m.start(), m.end(), m.group(), s.exercise().id(),
                        ExerciseNames.key(s.exercise().name()), "alias"));
            }
        }
        findSeries(text, from, to, folded, referenceDate, found);
        findNamesWithYear(text, from, to, found);
        findNamesBeforeCue(text, from, to, found);
        return withoutOverlaps(found);
    }

    private void findSeries(String text, int from, int to, String folded, LocalDate date,
                            List<ExerciseMention> found) {
        for (Series s : series) {
            if (!folded.contains(s.clue())) {
                continue;
            }
            Matcher m = s.pattern().matcher(text).region(from, to);
            while (m.find()) {
                boolean cued = s.endsWithCue() || ExerciseNames.CUE_AFTER.matcher(text.substring(m.end(),
                        Math.min(to, m.end() + 60))).find();
                if (cued) {
                    Exercise edition = nearestEdition(s.editions(), date);
                    found.add(new ExerciseMention(m.start(), m.end(), m.group(),
                            edition == null ? null : edition.id(), edition == null ? s.key()
                                    : ExerciseNames.key(edition.name()), "series"));
                }
            }
        }
    }

    private void findNamesWithYear(String text, int from, int to, List<ExerciseMention> found) {
        Matcher m = ExerciseNames.NAME_YEAR.matcher(text).region(from, to);
        while (m.find()) {
            String name = ExerciseNames.stripLeading(m.group(1));
            if (name.isEmpty()) {
                continue;
            }
            int start = m.start(1) + m.group(1).indexOf(name);
            boolean dashed = m.group(3).strip().length() > 0;
            boolean slashed = m.group(2) != null;
            boolean knownSeries = series.stream().anyMatch(s -> s.key().equals(ExerciseNames.key(name)));
            if (dashed || slashed || knownSeries || cued(text, from, to, start, m.end())) {
                add(text, start, m.end(), "name_year", found);
            }
        }
    }

    private void findNamesBeforeCue(String text, int from, int to, List<ExerciseMention> found) {
        Matcher m = ExerciseNames.NAME_CUE.matcher(text).region(from, to);
        while (m.find()) {
            String name = ExerciseNames.stripLeading(m.group(1));
            if (ExerciseNames.plausibleYearlessName(name)) {
                int start = m.start(1) + m.group(1).indexOf(name);
                add(text, start, m.start(1) + m.group(1).length(), "name_cue", found);
            }
        }
    }

    private static boolean cued(String text, int from, int to, int start, int end) {
        String after = text.substring(end, Math.min(to, end + 60));
        String before = text.substring(Math.max(from, start - 40), start);
        return ExerciseNames.CUE_AFTER.matcher(after).find() || ExerciseNames.CUE_BEFORE.matcher(before).find();
    }

    private void add(String text, int start, int end, String rule, List<ExerciseMention> found) {
        String surface = text.substring(start, end);
        String key = ExerciseNames.key(surface);
        Exercise known = byKey.get(key);
        found.add(new ExerciseMention(start, end, surface, known == null ? null : known.id(), key, rule));
    }

    private static Exercise nearestEdition(List<Exercise> editions, LocalDate date) {
        if (date == null) {
            return null;
        }
        return editions.stream()
                .filter(e -> distanceDays(e, date) <= SERIES_REACH_DAYS)
                .min(Comparator.comparingLong(e -> distanceDays(e, date)))
                .orElse(null);
    }

    private static long distanceDays(Exercise e, LocalDate date) {
        if (date.isBefore(e.firstDay())) {
            return ChronoUnit.DAYS.between(date, e.firstDay());
        }
        return date.isAfter(e.lastDay()) ? ChronoUnit.DAYS.between(e.lastDay(), date) : 0;
    }

    /** The first word of a name as {@link #fold} gives it ("" if the name starts with no word). */
    private static String clue(String name) {
        String first = ExerciseNames.tokens(name)[0];
        return fold(first, 0, first.length());
    }

    /**
     * {@code text[from, to)} with each character case-folded as a case-insensitive Unicode pattern compares
     * characters (lower case of upper case: "K" and the Kelvin sign give "k", "ſ" gives "s"), so a name the
     * spelling patterns match has its folded first word in the folded text.
     */
    static String fold(String text, int from, int to) {
        StringBuilder folded = new StringBuilder(to - from);
        for (int i = from; i < to; ) {
            int c = text.codePointAt(i);
            folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
            i += Character.charCount(c);
        }
        return folded.toString();
    }

    private static List<String> aliasesOf(Exercise e) {
        List<String> all = new ArrayList<>(e.aliases());
        all.add(e.name());
        return all;
    }

    /** Keeps, of overlapping mentions, the one found by the earlier rule (then the longer one). */
    private static List<ExerciseMention> withoutOverlaps(List<ExerciseMention> found) {
        List<String> order = List.of("alias", "series", "name_year", "name_cue");
        List<ExerciseMention> ranked = new ArrayList<>(found);
        ranked.sort(Comparator.<ExerciseMention>comparingInt(x -> order.indexOf(x.rule()))
                .thenComparingInt(x -> x.start() - x.end()));
        List<ExerciseMention> kept = new ArrayList<>();
        for (ExerciseMention candidate : ranked) {
            if (kept.stream().noneMatch(k -> k.start() < candidate.end() && candidate.start() < k.end())) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(ExerciseMention::start));
        return kept;
    }
}
