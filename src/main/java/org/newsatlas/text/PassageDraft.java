package org.newsatlas.text;

import java.util.ArrayList;
import java.util.List;

/** The paragraphs of one article with their kinds while rules and passes decide them. */
final class PassageDraft {

    static final String DEFAULT_RULE = "default-body";

    private final List<TextBlock> blocks;
    private final List<LineShape> shapes;
    private final PassageKind[] kinds;
    private final String[] rules;

    PassageDraft(List<TextBlock> blocks) {
        this.blocks = List.copyOf(blocks);
        this.shapes = blocks.stream().map(b -> LineShape.of(b.text())).toList();
        this.kinds = new PassageKind[blocks.size()];
        this.rules = new String[blocks.size()];
        for (int i = 0; i < kinds.length; i++) {
            mark(i, PassageKind.BODY, DEFAULT_RULE);
        }
    }

    int size() {
        return blocks.size();
    }

    TextBlock block(int i) {
        return blocks.get(i);
    }

    LineShape shape(int i) {
        return shapes.get(i);
    }

    PassageKind kind(int i) {
        return kinds[i];
    }

    String rule(int i) {
        return rules[i];
    }

    boolean isBody(int i) {
        return kinds[i] == PassageKind.BODY;
    }

    /** Body text that reads as prose: ends a sentence and is longer than a heading. */
    boolean isProse(int i) {
        return isBody(i) && shapes.get(i).endsSentence() && shapes.get(i).words() >= 8;
    }

    void mark(int i, PassageKind kind, String rule) {
        kinds[i] = kind;
        rules[i] = rule;
    }

    List<PassageSpan> toSpans() {
        List<PassageSpan> spans = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            spans.add(new PassageSpan(i, blocks.get(i).start(), blocks.get(i).end(), kinds[i], rules[i]));
        }
        return spans;
    }
}
