/**
 * The geoparser: mention extraction from text, the ordered resolution passes that pick a place, and the time
 * tagger that gives passages their months.
 * Uses gazetteer, text and geodata; never article or analysis.
 */
package org.newsatlas.geoparse;
