/**
 * Import jobs: reading article files (text, Markdown, HTML), size limits, the seed corpus, progress and
 * reports, and reprocessing the whole corpus.
 * Uses article and the packages below it.
 */
package org.newsatlas.article.ingest;
