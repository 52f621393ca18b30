package org.newsatlas.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsatlas.geodata.Neighbours;
import org.newsatlas.geodata.RegionMembers;

/**
 * Finds passages that speak of the border between two neighbouring countries. A border word ("border",
 * "frontier", "boundary") must be there, and both sides must be named in its sentence: as modifiers before it
 * ("the Sino-Russian border", "Afghanistan's border with ..."), as a list after "between" ("the border between
 * Afghanistan and Central Asia": a region stands for its member countries), or after "with" ("the border with
 * Turkmenistan, Tajikistan and Uzbekistan"), where the other side is the country the passage is about
 * ({@link BorderSides#subject}). Failing those, a sentence naming exactly two countries that are neighbours.
 * Only neighbouring pairs become references.
 */
public final class BorderReferenceDetector {

    private static final Pattern CUE = Pattern.compile(
            "(?<![\\p{L}])(?:borders?|frontiers?|boundar(?:y|ies))(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_START = Pattern.compile("^\\s+(between|with)\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);

    private final Neighbours neighbours;
    private final BorderSides sides;

    public BorderReferenceDetector(Neighbours neighbours, RegionMembers regions) {
        this.neighbours = neighbours;
        this.sides = new BorderSides(regions);
    }

    /**
     * @param mentions the resolved mentions inside {@code text[from, to)} (the passage)
     * @param context  mentions of the surrounding text (previous passages, the article), used only to find the
     *                 country a "border with ..." passage is about when the passage itself does not say
     */
    public List<BorderReference> detect(String text, int from, int to, List<PlaceMention> mentions,
            List<PlaceMention> context) {
        List<BorderReference> found = new ArrayList<>();
        Matcher cue = CUE.matcher(text).region(from, to);
        while (cue.find()) {
            int[] sentence = BorderSides.sentence(text, from, to, cue.start());
            List<PlaceMention> inSentence = mentions.stream()
                    .filter(m -> m.start() >= sentence[0] && m.end() <= sentence[1])
                    .sorted(Comparator.comparingInt(PlaceMention::start)).toList();
            Set<String> ids = new LinkedHashSet<>();
            String rule = borders(text, cue, inSentence, mentions, context, ids);
            ids.forEach(id -> found.add(new BorderReference(id, cue.start(), cue.end(), rule)));
        }
        return found;
    }

    private String borders(String text, Matcher cue, List<PlaceMention> sentence, List<PlaceMention> passage,
            List<PlaceMention> context, Set<String> ids) {
        List<Set<String>> before = sides.modifiers(text, cue.start(), sentence);
        Matcher list = LIST_START.matcher(text).region(cue.end(), Math.min(text.length(), cue.end() + 20));
        List<Set<String>> after = list.find() ? sides.list(text, list.end(), sentence) : List.of();
        if (before.size() >= 2) {
            pairsAcross(before, ids);
            return "modifier";
        }
        if (!after.isEmpty() && "between".equalsIgnoreCase(list.group(1))) {
            List<Set<String>> all = new ArrayList<>(before);
            all.addAll(after);
            pairsAcross(all, ids);
            return "between";
        }
        if (!after.isEmpty()) {
            Set<String> listed = BorderSides.union(after);
            Set<String> other = before.isEmpty() ? sides.subject(listed, passage, context, neighbours) : before.get(0);
            pairsAcross(List.of(other, listed), ids);
            return "with";
        }
        Set<String> countries = BorderSides.countries(sentence);
        if (countries.size() == 2) {
            pairsAcross(countries.stream().map(Set::of).toList(), ids);
        }
        return "sentence";
    }

    /** Every neighbouring pair taking its two countries from two different sides. */
    private void pairsAcross(List<Set<String>> sideList, Set<String> ids) {
        for (int i = 0; i < sideList.size(); i++) {
            for (int j = i + 1; j < sideList.size(); j++) {
                for (String a : sideList.get(i)) {
                    for (String b : sideList.get(j)) {
                        if (neighbours.areNeighbours(a, b)) {
                            ids.add(Neighbours.borderId(a, b));
                        }
                    }
                }
            }
        }
    }
}
