package org.newsatlas.text;

/**
 * Short fragments next to promo lines are part of the promo ("Newsweek cover" above a bullet list of
 * offers) when the run of fragments holds a bullet list or stands after the article's last prose.
 */
final class PromoRunPass implements SequencePass {

    @Override
    public String name() {
        return "promo-run";
    }

    @Override
    public String description() {
        return "fragments in a run with a promo line become promo, if the run has bullets or trails the article";
    }

    @Override
    public void apply(PassageDraft draft) {
        int lastProse = lastProse(draft);
        int i = 0;
        while (i < draft.size()) {
            if (!inRun(draft, i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < draft.size() && inRun(draft, end)) {
                end++;
            }
            markRun(draft, i, end, lastProse);
            i = end;
        }
    }

    private static boolean inRun(PassageDraft draft, int i) {
        boolean fragment = draft.isBody(i) && (draft.shape(i).isFragment() || draft.shape(i).bullet());
        return fragment || draft.kind(i) == PassageKind.PROMO;
    }

    private void markRun(PassageDraft draft, int from, int to, int lastProse) {
        boolean hasPromo = false;
        boolean hasBullet = false;
        for (int k = from; k < to; k++) {
            hasPromo |= draft.kind(k) == PassageKind.PROMO;
            hasBullet |= draft.shape(k).bullet();
        }
        if (hasPromo && (hasBullet || from > lastProse)) {
            for (int k = from; k < to; k++) {
                if (draft.isBody(k)) {
                    draft.mark(k, PassageKind.PROMO, name());
                }
            }
        }
    }

    private static int lastProse(PassageDraft draft) {
        for (int i = draft.size() - 1; i >= 0; i--) {
            if (draft.isProse(i)) {
                return i;
            }
        }
        return -1;
    }
}
