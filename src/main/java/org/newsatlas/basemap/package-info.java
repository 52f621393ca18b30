/**
 * Geometry for the browser: the offline base map files and their overviews, and the simplified outlines of
 * the line and polygon layers.
 * Uses layer and geodata.
 */
package org.newsatlas.basemap;
