package org.newsatlas.text;

/** A rule that decides kinds from a paragraph's neighbours and position, run after the line rules. */
interface SequencePass {

    String name();

    String description();

    void apply(PassageDraft draft);
}
