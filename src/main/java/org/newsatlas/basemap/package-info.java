/**
 * Geometry for the browser: the offline base map files and their overviews, and the simplified outlines of
 * the line and polygon layers, and the base map's place names ({@link org.newsatlas.basemap.PlaceLabels}, from the
 * gazetteer). Uses layer, geodata and gazetteer.
 */
package org.newsatlas.basemap;
