/**
 * The articles screen: the article list, the reader with highlighted mentions, mention corrections and
 * reprocessing.
 * Part of ui.
 */
package org.newsatlas.ui.articles;
