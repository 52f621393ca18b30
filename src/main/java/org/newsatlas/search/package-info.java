/**
 * Search over articles and layer features ({@link org.newsatlas.search.SearchService} and its SQL).
 * Uses layer and article.
 */
package org.newsatlas.search;
