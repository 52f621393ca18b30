/**
 * The HTTP API: layers by month, geoparse, base map and shape files, and the small typed error responses.
 * Uses the domain packages and security; never ui.
 */
package org.newsatlas.api;
