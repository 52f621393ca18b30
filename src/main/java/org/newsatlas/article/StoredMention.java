package org.newsatlas.article;

/**
 * A stored place mention: [start, end) into the article's original text, the place it was resolved to
 * ({@code gazetteerId} such as "gn:1221874" or "country:TJ"), how sure the resolver was and which pass decided.
 */
public record StoredMention(long passageId, int start, int end, String gazetteerId, String placeName,
                            boolean associative, double confidence, String decidedBy) {
}
