/**
 * Search over articles and layer features ({@link org.newsatlas.search.SearchService}): feature names, and body
 * passages through the article word index ({@code article_term}, words as {@link org.newsatlas.text.SearchWords}
 * keeps them); a border by its two countries ({@link org.newsatlas.search.BorderQuery}, country names and adjectives
 * from the gazetteer). Uses layer, article, text and gazetteer.
 */
package org.newsatlas.search;
