package org.newsatlas.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsatlas.geodata.Neighbours;
import org.newsatlas.geodata.RegionMembers;

/** Reads the sides of a border out of the mentions around a border word. */
final class BorderSides {

    /** What may stand between the parts of a modifier chain: "Sino-Russian", "China–Russia", "Afghan/Tajik". */
    private static final Pattern CHAIN_GAP = Pattern.compile("[\\s\\-\u2010\u2011\u2013\u2014/]*(?:and\\s+)?");
    /** What may stand between the last modifier and the border word: nothing, or a possessive. */
    private static final Pattern MODIFIER_GAP = Pattern.compile("(?:['’]s)?\\s*");
    /** What may stand between the items of a list: ", ", " and ", ", and ", " or ", optionally "the". */
    private static final Pattern LIST_GAP = Pattern.compile("\\s*(?:,|and|or|&|,\\s*and|,\\s*or)?\\s*(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]['’\"”)]?\\s|\\n");

    private final RegionMembers regions;

    BorderSides(RegionMembers regions) {
        this.regions = regions;
    }

    /** The sides named by a chain of mentions ending just before the border word, nearest last. */
    List<Set<String>> modifiers(String text, int cueStart, List<PlaceMention> sentence) {
        List<Set<String>> chain = new ArrayList<>();
        int edge = cueStart;
        Pattern gap = MODIFIER_GAP;
        for (int i = sentence.size() - 1; i >= 0; i--) {
            PlaceMention m = sentence.get(i);
            if (m.end() > edge) {
                continue;
            }
            if (!gap.matcher(text.substring(m.end(), edge)).matches() || codes(m).isEmpty()) {
                break;
            }
            chain.add(codes(m));
            edge = m.start();
            gap = CHAIN_GAP;
        }
        Collections.reverse(chain);
        return chain;
    }

    /** The sides listed from {@code start} on: mentions separated only by commas, "and", "or". */
    List<Set<String>> list(String text, int start, List<PlaceMention> sentence) {
        List<Set<String>> items = new ArrayList<>();
        int edge = start;
        for (PlaceMention m : sentence) {
            if (m.start() < edge) {
                continue;
            }
            if (!LIST_GAP.matcher(text.substring(edge, m.start())).matches() || codes(m).isEmpty()) {
                break;
            }
            items.add(codes(m));
            edge = m.end();
        }
        return items;
    }

    /**
     * The country a passage is about, as the other side of a "border with ..." list: among the countries of the
     * passage (else of the context) not in the list, the one neighbouring most listed countries, then the most
     * mentioned; ties are all kept.
     */
    Set<String> subject(Set<String> listed, List<PlaceMention> passage, List<PlaceMention> context,
            Neighbours neighbours) {
        Set<String> inPassage = best(listed, passage, neighbours);
        return inPassage.isEmpty() ? best(listed, context, neighbours) : inPassage;
    }

    private static Set<String> best(Set<String> listed, List<PlaceMention> mentions, Neighbours neighbours) {
        Map<String, Integer> counts = new HashMap<>();
        mentions.stream().filter(PlaceMention::isCountry).filter(m -> !listed.contains(m.countryCode()))
                .forEach(m -> counts.merge(m.countryCode(), 1, Integer::sum));
        Comparator<String> score = Comparator.<String>comparingLong(c -> listed.stream()
                .filter(l -> neighbours.areNeighbours(c, l)).count()).thenComparing(counts::get);
        List<String> candidates = counts.keySet().stream()
                .filter(c -> listed.stream().anyMatch(l -> neighbours.areNeighbours(c, l))).toList();
        if (candidates.isEmpty()) {
            return Set.of();
        }
        String top = Collections.max(candidates, score);
        Set<String> tied = new LinkedHashSet<>();
        candidates.stream().filter(c -> score.compare(c, top) == 0).sorted().forEach(tied::add);
        return tied;
    }

    /** The countries a mention stands for: a country's own code, a region's members, nothing for other places. */
    Set<String> codes(PlaceMention m) {
        if (m.isCountry()) {
            return Set.of(m.countryCode());
        }
        return m.isRegion() ? new LinkedHashSet<>(regions.members(m.placeId())) : Set.of();
    }

    static Set<String> countries(List<PlaceMention> mentions) {
        Set<String> codes = new LinkedHashSet<>();
        mentions.stream().filter(PlaceMention::isCountry).forEach(m -> codes.add(m.countryCode()));
        return codes;
    }

    static Set<String> union(List<Set<String>> sides) {
        Set<String> all = new LinkedHashSet<>();
        sides.forEach(all::addAll);
        return all;
    }

    /** [start, end) of the sentence around {@code at}, within [from, to). */
    static int[] sentence(String text, int from, int to, int at) {
        int start = from;
        var m = SENTENCE_END.matcher(text).region(from, to);
        while (m.find()) {
            if (m.end() <= at) {
                start = m.end();
            } else {
                return new int[] {start, m.start() + 1};
            }
        }
        return new int[] {start, to};
    }
}
