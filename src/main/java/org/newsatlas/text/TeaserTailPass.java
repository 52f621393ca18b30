package org.newsatlas.text;

/** Everything after a teaser heading ("More in Politics", "Related") that follows the article is teaser. */
final class TeaserTailPass implements SequencePass {

    @Override
    public String name() {
        return "after-teaser-heading";
    }

    @Override
    public String description() {
        return "after a teaser heading that follows some article prose, every paragraph is a teaser";
    }

    @Override
    public void apply(PassageDraft draft) {
        boolean proseSeen = false;
        for (int i = 0; i < draft.size(); i++) {
            proseSeen |= draft.isProse(i);
            if (proseSeen && "teaser-heading".equals(draft.rule(i))) {
                for (int j = i + 1; j < draft.size(); j++) {
                    draft.mark(j, PassageKind.TEASER, name());
                }
                return;
            }
        }
    }
}
