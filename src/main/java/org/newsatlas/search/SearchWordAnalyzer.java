package org.newsatlas.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;
import org.newsatlas.text.SearchWords;

/** Splits text into words for the index exactly as {@link SearchWords} and {@link SearchPhrase} read them. */
final class SearchWordAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = CharTokenizer.fromTokenCharPredicate(SearchWords::isWordChar);
        return new TokenStreamComponents(words, new FoldFilter(words));
    }

    /** Folds each word in place ({@link SearchWords#fold(char[], int)}: same length, lower case, no accents). */
    private static final class FoldFilter extends TokenFilter {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        FoldFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            SearchWords.fold(term.buffer(), term.length());
            return true;
        }
    }
}
