package org.newsatlas.article;

import java.util.List;
import org.newsatlas.analysis.BorderReference;
import org.newsatlas.analysis.ExerciseMention;
import org.newsatlas.store.RowIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores a passage's links to the exercise and border layers (schema V2 exercise_mention, border_mention); the
 * layers read them back through {@code layer.LayerMentionRepository}.
 */
@Repository
public class PassageLinkRepository {

    private final JdbcTemplate template;

    private final RowIds ids;

    public PassageLinkRepository(JdbcTemplate template, RowIds ids) {
        this.template = template;
        this.ids = ids;
    }

    public void insertExerciseMentions(long passageId, List<ExerciseMention> mentions) {
        if (mentions.isEmpty()) {
            return;
        }
        long id = ids.reserve("exercise_mention", mentions.size());
        for (ExerciseMention m : mentions) {
            template.update("""
                    INSERT INTO exercise_mention (id, passage_id, start_offset, end_offset, surface, exercise_id,
                                                  name_key, rule)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", id++, passageId, m.start(), m.end(), m.surface(),
                    m.exerciseId(), m.nameKey(), m.rule());
        }
    }

    /** One row per border and cue start in the passage (a second reference there updates the first). */
    public void insertBorderMentions(long passageId, List<BorderReference> borders) {
        for (BorderReference b : borders) {
            int updated = template.update("""
                    UPDATE border_mention SET end_offset = ?, rule = ?
                    WHERE passage_id = ? AND border_id = ? AND start_offset = ?""",
                    b.cueEnd(), b.rule(), passageId, b.borderId(), b.cueStart());
            if (updated == 0) {
                template.update("""
                        INSERT INTO border_mention (id, passage_id, border_id, start_offset, end_offset, rule)
                        VALUES (?, ?, ?, ?, ?, ?)""", ids.next("border_mention"), passageId, b.borderId(),
                        b.cueStart(), b.cueEnd(), b.rule());
            }
        }
    }
}
