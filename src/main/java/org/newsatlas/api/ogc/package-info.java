/**
 * OGC API - Features over the layers: landing page, conformance, collections, items and their query
 * parameters (bbox, datetime, paging), GeoJSON and CSV.
 * Part of api; uses layer and the api package's errors.
 */
package org.newsatlas.api.ogc;
