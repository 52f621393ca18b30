package org.newsatlas.text;

import java.util.List;

/**
 * Cuts a text into paragraphs and decides each one's kind: first the line rules (first match
 * wins, otherwise body), then the sequence passes in order.
 */
final class PassageClassifier {

    private final ParagraphSplitter splitter = new ParagraphSplitter();
    private final List<LineRule> lineRules;
    private final List<SequencePass> passes;

    PassageClassifier(List<LineRule> lineRules, List<SequencePass> passes) {
        this.lineRules = List.copyOf(lineRules);
        this.passes = List.copyOf(passes);
    }

    static PassageClassifier standard() {
        return new PassageClassifier(BoilerplateRules.standard(), List.of(
                new HeadSectionPass(), new CaptionAfterKeywordsPass(), new TeaserTailPass(), new PromoRunPass(),
                new LoneProsePass()));
    }

    List<PassageSpan> classify(String text) {
        PassageDraft draft = new PassageDraft(splitter.split(text));
        for (int i = 0; i < draft.size(); i++) {
            LineShape shape = draft.shape(i);
            for (LineRule rule : lineRules) {
                if (rule.matches(shape)) {
                    draft.mark(i, rule.kind(), rule.name());
                    break;
                }
            }
        }
        passes.forEach(pass -> pass.apply(draft));
        return draft.toSpans();
    }

    List<LineRule> lineRules() {
        return lineRules;
    }

    List<SequencePass> passes() {
        return passes;
    }

    static boolean isHeadline(PassageSpan span) {
        return span.kind() == PassageKind.HEADLINE;
    }
}
