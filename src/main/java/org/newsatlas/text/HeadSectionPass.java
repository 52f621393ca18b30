package org.newsatlas.text;

import java.util.Locale;

/**
 * Reads the head of the article, the paragraphs before its first prose paragraph: the first
 * title-shaped one is the headline, a long unpunctuated one is the standfirst, a bare name after
 * the headline is the byline. Later repetitions of the headline are headline too.
 */
final class HeadSectionPass implements SequencePass {

    private static final int MAX_HEAD = 8;
    private static final int MAX_TITLE_WORDS = 20;
    /** A standfirst sums the story up in a sentence or two; a longer unpunctuated paragraph is body text. */
    private static final int MAX_STANDFIRST_WORDS = 60;

    @Override
    public String name() {
        return "head-section";
    }

    @Override
    public String description() {
        return "before the first prose paragraph: title-shaped line = headline, long unpunctuated line = "
                + "standfirst (up to 60 words, with prose after it), bare name after the headline = byline; repeats of the headline = headline";
    }

    @Override
    public void apply(PassageDraft draft) {
        String headline = null;
        for (int i = 0; i < Math.min(draft.size(), MAX_HEAD); i++) {
            LineShape shape = draft.shape(i);
            if (draft.isProse(i) && !isTitleShaped(shape)) {
                break;
            }
            if (!draft.isBody(i)) {
                continue;
            }
            if (headline == null && isTitleShaped(shape)) {
                draft.mark(i, PassageKind.HEADLINE, name());
                headline = normalised(shape.text());
            } else if (isStandfirstShaped(shape) && proseFollows(draft, i)) {
                draft.mark(i, PassageKind.STANDFIRST, name());
            } else if (headline != null && isBareName(shape)) {
                draft.mark(i, PassageKind.METADATA, "byline-name");
            }
        }
        if (headline != null) {
            markRepeats(draft, headline);
        }
    }

    private void markRepeats(PassageDraft draft, String headline) {
        for (int i = 0; i < draft.size(); i++) {
            if (draft.isBody(i) && normalised(draft.shape(i).text()).equals(headline)) {
                draft.mark(i, PassageKind.HEADLINE, "repeated-headline");
            }
        }
    }

    private static boolean isTitleShaped(LineShape shape) {
        String text = shape.text();
        char last = text.charAt(text.length() - 1);
        return shape.words() <= MAX_TITLE_WORDS && shape.words() >= 2
                && (!shape.endsSentence() || last == '?' || last == '!');
    }

    private static boolean isStandfirstShaped(LineShape shape) {
        return shape.words() > MAX_TITLE_WORDS && shape.words() <= MAX_STANDFIRST_WORDS && !shape.endsSentence();
    }

    /** A standfirst stands over the story: a paragraph with no prose after it is the story itself. */
    private static boolean proseFollows(PassageDraft draft, int i) {
        for (int k = i + 1; k < draft.size(); k++) {
            if (draft.isProse(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBareName(LineShape shape) {
        return shape.words() >= 2 && shape.words() <= 4 && !shape.endsSentence()
                && shape.capitalisedShare() == 1.0 && shape.text().chars().noneMatch(Character::isDigit);
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
