package org.newsatlas.layer;

/** How many distinct passages link to a feature within a window, and how many mentions they hold. */
public record LinkCount(int passages, int mentions) {

    public static final LinkCount NONE = new LinkCount(0, 0);
}
