package org.newsatlas.gazetteer;

/** How a surface form matched a place's names, best first. */
public enum MatchType {
    /** the place's own name (or ASCII name) */
    NAME,
    /** one of its alternate names or abbreviations */
    ALTERNATE_NAME,
    /** a demonym or adjective ("Chinese"): the mention is associative */
    ASSOCIATIVE,
    /** only the looser spelling key matched ("Badakshan" for "Badakhshan") */
    LOOSE
}
