package org.newsatlas.text;

import java.util.regex.Pattern;

/**
 * An article is never all boilerplate: when the rules leave no body paragraph, the prose they set aside as
 * standfirst or caption (a one-paragraph story that ends in a photo credit or without a full stop, a gallery of
 * captions) is the article's body.
 */
final class LoneProsePass implements SequencePass {

    private static final int MIN_WORDS = 8;
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{Ll}[.?!]\\s");

    @Override
    public String name() {
        return "lone-prose";
    }

    @Override
    public String description() {
        return "when no paragraph is body, standfirst and caption paragraphs of prose (8 words or more, "
                + "a sentence in them) become body";
    }

    @Override
    public void apply(PassageDraft draft) {
        for (int i = 0; i < draft.size(); i++) {
            if (draft.isBody(i)) {
                return;
            }
        }
        for (int i = 0; i < draft.size(); i++) {
            PassageKind kind = draft.kind(i);
            if ((kind == PassageKind.STANDFIRST || kind == PassageKind.PHOTO_CAPTION) && readsAsProse(draft.shape(i))) {
                draft.mark(i, PassageKind.BODY, name());
            }
        }
    }

    private static boolean readsAsProse(LineShape shape) {
        return shape.words() >= MIN_WORDS && (shape.endsSentence() || SENTENCE_INSIDE.matcher(shape.text()).find());
    }
}
