/**
 * Articles, passages, mentions and user corrections in H2: storing an article's analysis and its layer links,
 * listing, reading, correcting and re-analysing articles.
 * Uses analysis, geoparse, gazetteer, text, geodata and store.
 */
package org.newsatlas.article;
