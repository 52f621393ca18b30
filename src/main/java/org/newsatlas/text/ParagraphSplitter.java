package org.newsatlas.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text into paragraphs. Every line is a paragraph (pages captured from the web put one
 * paragraph, caption, bullet or keyword line per line), except hard-wrapped prose: a line that
 * does not end a sentence, is long enough to have been wrapped, and is followed by a line starting
 * in lower case continues into that line. Blank lines always separate.
 */
public final class ParagraphSplitter {

    private static final int MIN_WRAPPED_LINE = 40;

    public List<TextBlock> split(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        int pos = 0;
        int open = -1;
        int openEnd = -1;
        boolean blankBefore = false;
        boolean openBlank = false;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? text.length() : nl;
            int s = skipSpace(text, pos, lineEnd);
            int e = trimEnd(text, s, lineEnd);
            if (s == e) {
                blankBefore = true;
            } else if (open >= 0 && continues(text, open, openEnd, s)) {
                openEnd = e;
            } else {
                if (open >= 0) {
                    blocks.add(new TextBlock(open, openEnd, text.substring(open, openEnd), openBlank));
                }
                open = s;
                openEnd = e;
                openBlank = blankBefore && !blocks.isEmpty();
                blankBefore = false;
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        if (open >= 0) {
            blocks.add(new TextBlock(open, openEnd, text.substring(open, openEnd), openBlank));
        }
        return blocks;
    }

    private static boolean continues(String text, int open, int openEnd, int nextStart) {
        int lineStart = text.lastIndexOf('\n', openEnd - 1) + 1;
        boolean noBlankBetween = text.substring(openEnd, nextStart).chars().filter(c -> c == '\n').count() == 1;
        char last = text.charAt(openEnd - 1);
        return noBlankBetween
                && openEnd - Math.max(open, lineStart) >= MIN_WRAPPED_LINE
                && ".?!:;\"\u201D)".indexOf(last) < 0
                && Character.isLowerCase(text.charAt(nextStart));
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        int i = to;
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
