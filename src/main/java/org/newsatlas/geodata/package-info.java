/**
 * The geodata files (geodata/ or the classpath copy): tab-separated rows, GeoJSON features and the curated
 * catalogues read from them (exercises, country shapes, neighbours, region members). The only code that opens geodata/.
 * Uses no other News Atlas package.
 */
package org.newsatlas.geodata;
