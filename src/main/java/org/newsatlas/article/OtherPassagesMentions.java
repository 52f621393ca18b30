package org.newsatlas.article;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import org.newsatlas.analysis.PlaceMention;

/**
 * The mentions of an article's passages other than one, the previous passage's first: what a border sentence may
 * lean on. A view over the passages' lists, made in constant time; copying every other passage's mentions for
 * each passage made storing a long article quadratic, and the detector reads this list only for a "border
 * with ..." sentence whose own passage names no country.
 */
final class OtherPassagesMentions extends AbstractList<PlaceMention> {

    private final List<List<PlaceMention>> byPassage;
    private final int index;
    private final int size;

    /** @param total how many mentions {@code byPassage} holds together */
    OtherPassagesMentions(List<List<PlaceMention>> byPassage, int total, int index) {
        this.byPassage = byPassage;
        this.index = index;
        this.size = total - byPassage.get(index).size();
    }

    /** The passages in reading order: the previous one, then every other but this one. */
    private IntStream passages() {
        IntStream previous = index > 0 ? IntStream.of(index - 1) : IntStream.empty();
        return IntStream.concat(previous, IntStream.range(0, byPassage.size()).filter(i -> i != index && i != index - 1));
    }

    @Override
    public Iterator<PlaceMention> iterator() {
        return passages().boxed().flatMap(p -> byPassage.get(p).stream()).iterator();
    }

    @Override
    public PlaceMention get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        int rest = i;
        for (int p : passages().toArray()) {
            List<PlaceMention> mentions = byPassage.get(p);
            if (rest < mentions.size()) {
                return mentions.get(rest);
            }
            rest -= mentions.size();
        }
        throw new IndexOutOfBoundsException(i);
    }

    @Override
    public int size() {
        return size;
    }
}
