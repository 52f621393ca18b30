/**
 * H2 storage infrastructure: durable transactions and the store's write lock.
 * Uses no other News Atlas package.
 */
package org.newsatlas.store;
