/**
 * Search over articles and layer features ({@link org.newsatlas.search.SearchService}): feature names, and body
 * passages through the article word index ({@code article_term}, words as {@link org.newsatlas.text.SearchWords}
 * keeps them). Uses layer, article and text.
 */
package org.newsatlas.search;
