/**
 * The gazetteer: {@link org.newsatlas.gazetteer.Gazetteer} (interface), its in-memory name index, places and
 * name matching, built from geodata rows and kept in H2.
 * Uses geodata and store (the write lock) only.
 */
package org.newsatlas.gazetteer;
