package org.newsatlas.article;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A person's corrections of some words everywhere in the corpus (schema V16): the words and the gazetteer id of
 * the place they name, or no id for "not a place". Callers own the transaction.
 */
@Repository
public class NameCorrectionRepository {

    private final JdbcClient jdbc;

    public NameCorrectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the answer for these words, replacing an earlier one. */
    public void save(String surface, String gazetteerId) {
        // replaced as delete + insert, in the caller's write transaction: the same SQL on H2 and PostgreSQL
        delete(surface);
        jdbc.sql("INSERT INTO name_correction (surface, gazetteer_id, corrected_at) VALUES (?, ?, CURRENT_TIMESTAMP)")
                .params(surface, gazetteerId).update();
    }

    /** False when there was none. */
    public boolean delete(String surface) {
        return jdbc.sql("DELETE FROM name_correction WHERE surface = ?").param(surface).update() == 1;
    }

    /** The answer for these words: present with an empty id for "not a place"; absent when there is none. */
    public Optional<Optional<String>> find(String surface) {
        return jdbc.sql("SELECT gazetteer_id FROM name_correction WHERE surface = ?").param(surface)
                .query((rs, row) -> Optional.ofNullable(rs.getString(1))).optional();
    }

    /** Every answer: words to gazetteer id (null for "not a place"). */
    public Map<String, String> all() {
        Map<String, String> all = new HashMap<>();
        jdbc.sql("SELECT surface, gazetteer_id FROM name_correction").query(rs -> {
            all.put(rs.getString(1), rs.getString(2));
        });
        return all;
    }

    /** The articles whose text has these words (where an answer for them is to be applied or taken back). */
    public List<Long> articlesWithWords(String surface) {
        return jdbc.sql("SELECT id FROM article WHERE POSITION(? IN original_text) > 0 ORDER BY id").param(surface)
                .query(Long.class).list();
    }
}
