/**
 * The article pipeline: {@link org.newsatlas.analysis.ArticleAnalyzer} cleans, geoparses and time-tags an
 * article; the exercise and border detectors run over its passages; the factory and Spring beans that build it.
 * Uses geoparse, gazetteer, text and geodata.
 */
package org.newsatlas.analysis;
