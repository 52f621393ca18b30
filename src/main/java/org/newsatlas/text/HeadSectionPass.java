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

    @Override
    public String name() {
        return "head-section";
    }

    @Override
    public String description() {
        return "before the first prose paragraph: title-shaped line = headline, long unpunctuated line = "
                + "standfirst, bare name after the headline = byline; repeats of the headline = headline";
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
            } else if (shape.words() > MAX_TITLE_WORDS && !shape.endsSentence()) {
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

    private static boolean isBareName(LineShape shape) {
        return shape.words() >= 2 && shape.words() <= 4 && !shape.endsSentence()
                && shape.capitalisedShare() == 1.0 && shape.text().chars().noneMatch(Character::isDigit);
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
