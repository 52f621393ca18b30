/**
 * News Atlas: geoparses news articles and maps the places, exercises and borders they speak of, month by month.
 * {@link org.newsatlas.Application} is the web entry point (wiring only); {@code cli.Main} is the jar's entry point.
 * Packages follow the data's path; arrows point one way (see ArchitectureTest):
 * {@code geodata <- gazetteer <- geoparse (-> text) <- analysis <- article <- layer <- search, basemap <- api, ui, cli}.
 */
package org.newsatlas;
