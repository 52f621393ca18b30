/**
 * Article text before geoparsing: cleaning, boilerplate rules, paragraph and passage splitting, in-word hyphen
 * repair and the word lists ({@link org.newsatlas.text.Lexicon}) it consults; passages as [start,end) spans.
 * Uses no other News Atlas package.
 */
package org.newsatlas.text;
