/**
 * The map layers as GeoTools feature collections (places, countries, exercises, borders), their passages,
 * month windows and the month filter.
 * Uses article (the stored mentions), geodata and store.
 */
package org.newsatlas.layer;
