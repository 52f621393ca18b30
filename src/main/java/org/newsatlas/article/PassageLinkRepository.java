package org.newsatlas.article;

import java.util.List;
import org.newsatlas.analysis.BorderReference;
import org.newsatlas.analysis.ExerciseMention;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Stores a passage's links to the exercise and border layers (schema V2 exercise_mention, border_mention); the
 * layers read them back through {@code layer.LayerMentionRepository}.
 */
@Repository
public class PassageLinkRepository {

    private final JdbcTemplate template;

    public PassageLinkRepository(JdbcTemplate template) {
        this.template = template;
    }

    public void insertExerciseMentions(long passageId, List<ExerciseMention> mentions) {
        template.batchUpdate("""
                INSERT INTO exercise_mention (passage_id, start_offset, end_offset, surface, exercise_id, name_key, rule)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", mentions, mentions.size(), (ps, m) -> {
                    ps.setLong(1, passageId);
                    ps.setInt(2, m.start());
                    ps.setInt(3, m.end());
                    ps.setString(4, m.surface());
                    ps.setString(5, m.exerciseId());
                    ps.setString(6, m.nameKey());
                    ps.setString(7, m.rule());
                });
    }

    public void insertBorderMentions(long passageId, List<BorderReference> borders) {
        template.batchUpdate("""
                MERGE INTO border_mention (passage_id, border_id, start_offset, end_offset, rule)
                KEY (passage_id, border_id, start_offset) VALUES (?, ?, ?, ?, ?)""", borders, borders.size(),
                (ps, b) -> {
                    ps.setLong(1, passageId);
                    ps.setString(2, b.borderId());
                    ps.setInt(3, b.cueStart());
                    ps.setInt(4, b.cueEnd());
                    ps.setString(5, b.rule());
                });
    }
}
