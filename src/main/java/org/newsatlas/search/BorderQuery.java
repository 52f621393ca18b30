package org.newsatlas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsatlas.gazetteer.Gazetteer;
import org.newsatlas.gazetteer.NameMatch;
import org.newsatlas.gazetteer.PlaceKind;

/**
 * A search for a border the way people write one: "Tajik-Afghan border", "Afghan Tajik border", "China Russia
 * border", "the border between Tajikistan and Afghanistan", "US-Mexico frontier": two countries, by name or
 * adjective (the gazetteer's country names and demonyms), in either order, and the word border or frontier. The
 * answer is the border's id as the borders layer writes it ("AF-TJ": the two ISO codes in order).
 */
final class BorderQuery {

    private static final Set<String> BORDER_WORDS = Set.of("border", "borders", "frontier", "frontiers", "boundary");
    private static final Set<String> LINKING_WORDS = Set.of("the", "between", "and", "of", "with", "on", "along");
    /** Longest country name, in words, tried for each side ("Democratic Republic of the Congo"). */
    private static final int LONGEST_NAME = 5;

    private BorderQuery() {
    }

    /** The border the folded query words name; empty if they are no two countries and a border word. */
    static Optional<String> borderId(List<String> words, Gazetteer gazetteer) {
        if (words.stream().noneMatch(BORDER_WORDS::contains)) {
            return Optional.empty();
        }
        List<String> rest = new ArrayList<>(words.stream().filter(w -> !BORDER_WORDS.contains(w)).toList());
        while (!rest.isEmpty() && LINKING_WORDS.contains(rest.get(0))) {
            rest.remove(0); // "the border between ..."
        }
        for (int split = 1; split < rest.size() && split <= LONGEST_NAME; split++) {
            List<String> right = rest.subList(split, rest.size());
            int skip = 0;
            while (skip < right.size() - 1 && LINKING_WORDS.contains(right.get(skip))) {
                skip++; // "... Tajikistan and Afghanistan"
            }
            Optional<String> a = country(rest.subList(0, split), gazetteer);
            Optional<String> b = country(right.subList(skip, right.size()), gazetteer);
            if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
                return Optional.of(a.get().compareTo(b.get()) < 0 ? a.get() + "-" + b.get() : b.get() + "-" + a.get());
            }
        }
        return Optional.empty();
    }

    /** The ISO code of the country these words name exactly (its name, another name or its adjective). */
    private static Optional<String> country(List<String> words, Gazetteer gazetteer) {
        if (words.isEmpty() || words.size() > LONGEST_NAME) {
            return Optional.empty();
        }
        return gazetteer.lookup(String.join(" ", words)).stream().map(NameMatch::place)
                .filter(p -> p.kind() == PlaceKind.COUNTRY && p.countryCode() != null)
                .map(p -> p.countryCode()).findFirst();
    }
}
