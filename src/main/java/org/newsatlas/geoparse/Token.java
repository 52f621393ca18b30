package org.newsatlas.geoparse;

/**
 * A word of the text: [start,end) excludes a possessive "'s" (then {@code possessive} is set). {@code gap}
 * is the text between the previous token and this one ("" for the first).
 */
record Token(String text, int start, int end, String gap, boolean possessive, boolean sentenceStart) {

    boolean capitalised() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean allCaps() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    boolean joinedByHyphen() {
        return gap.equals("-") || gap.equals("‑");
    }

    boolean joinedBySpace() {
        return !gap.isEmpty() && gap.isBlank() && gap.indexOf('\n') < 0;
    }
}
