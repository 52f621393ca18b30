package org.newsatlas.text;

/** The paragraph glued (no blank line) under a photo keyword line is that photo's caption. */
final class CaptionAfterKeywordsPass implements SequencePass {

    @Override
    public String name() {
        return "caption-after-keywords";
    }

    @Override
    public String description() {
        return "a paragraph directly under a photo keyword line, with no blank line between, is its caption";
    }

    @Override
    public void apply(PassageDraft draft) {
        for (int i = 1; i < draft.size(); i++) {
            boolean afterKeywords = draft.kind(i - 1) == PassageKind.PHOTO_KEYWORDS;
            if (afterKeywords && draft.isBody(i) && !draft.block(i).blankLineBefore()) {
                draft.mark(i, PassageKind.PHOTO_CAPTION, name());
            }
        }
    }
}
