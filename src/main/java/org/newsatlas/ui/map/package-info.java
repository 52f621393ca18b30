/**
 * The map screen: the Leaflet map component, overlays, month filter, feature list and feature panel, and
 * the map's URL state.
 * Part of ui.
 */
package org.newsatlas.ui.map;
