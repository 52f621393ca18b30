package org.newsatlas.geoparse.eval;

import java.util.Locale;

/**
 * What a corpus's annotation guidelines count as a toponym, where corpora differ. LGL's annotators (and
 * TR-News's) marked demonyms and adjectives of places ("American", "Russian") as toponyms of the country;
 * GeoVirus's marked only names. An adapter follows the convention of the corpus it is scored on, so that a
 * system is neither rewarded nor penalised for a choice the guidelines made.
 *
 * @param associativeMentionsAreToponyms demonyms and adjectives count as toponyms
 */
public record AnnotationConvention(boolean associativeMentionsAreToponyms) {

    /** Names only: the default for a corpus not known here. */
    public static final AnnotationConvention NAMES_ONLY = new AnnotationConvention(false);

    public static AnnotationConvention of(String corpusName) {
        return switch (corpusName.toUpperCase(Locale.ROOT)) {
            case "LGL", "TR-NEWS" -> new AnnotationConvention(true);
            default -> NAMES_ONLY;
        };
    }

    /** The sentence the score table's footnote shows. */
    public static String footnote() {
        return "Demonyms/adjectives (\"American\") count as toponyms on LGL and TR-News, whose annotators marked them,"
                + " and not on GeoVirus, whose did not (News Atlas follows each corpus's guidelines; CLAVIN finds none).";
    }
}
