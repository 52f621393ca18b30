package org.newsatlas.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL that lists, newest first, the articles holding every indexed word of a phrase. The rarest word drives
 * the query (read its articles, probe the others) when some word is rare; when all are common, the newest
 * articles are probed in date order and the first page is found at once. Standard SQL (no H2-only functions).
 */
record CandidateQuery(String sql, List<Object> wordParams) {

    private static final String ORDER = " ORDER BY a.published DESC NULLS LAST, a.id DESC"
            + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

    /** How many articles hold a word (or a word starting with it when {@code prefix}), up to a cap. */
    interface Postings {
        int count(String term, boolean prefix);
    }

    private record Word(String term, boolean prefix) {
        String condition(String alias) {
            return alias + ".term " + (prefix ? "LIKE ?" : "= ?");
        }

        Object param() {
            return prefix ? term + "%" : term;
        }
    }

    static CandidateQuery of(SearchPhrase phrase, Postings postings, int rareBelow) {
        List<Word> words = new ArrayList<>();
        phrase.wholeTerms().forEach(term -> words.add(new Word(term, false)));
        phrase.prefixTerm().filter(p -> !phrase.wholeTerms().contains(p))
                .ifPresent(term -> words.add(new Word(term, true)));
        if (words.isEmpty()) {
            throw new IllegalArgumentException("The phrase \"" + phrase + "\" has no indexed word");
        }
        List<Integer> counts = words.stream().map(w -> postings.count(w.term(), w.prefix())).toList();
        int rarest = 0;
        for (int i = 1; i < words.size(); i++) {
            if (counts.get(i) < counts.get(rarest)) {
                rarest = i;
            }
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT a.id FROM ");
        List<Word> probed = new ArrayList<>(words);
        if (counts.get(rarest) < rareBelow) {
            Word driver = probed.remove(rarest);
            sql.append("(SELECT DISTINCT d.article_id FROM article_term d WHERE ").append(driver.condition("d"))
                    .append(") d JOIN article a ON a.id = d.article_id WHERE 1 = 1");
            params.add(driver.param());
        } else {
            sql.append("article a WHERE 1 = 1");
        }
        probed.sort(Comparator.comparing(Word::prefix));
        sql.append(probed.stream().map(w -> " AND EXISTS (SELECT 1 FROM article_term t WHERE t.article_id = a.id"
                + " AND " + w.condition("t") + ")").collect(Collectors.joining()));
        probed.forEach(w -> params.add(w.param()));
        return new CandidateQuery(sql + ORDER, List.copyOf(params));
    }

    Object[] params(int offset, int limit) {
        List<Object> all = new ArrayList<>(wordParams);
        all.add(offset);
        all.add(limit);
        return all.toArray();
    }
}
