/**
 * The add-articles screen: file upload and pasted articles, with the import results.
 * Part of ui.
 */
package org.newsatlas.ui.add;
