package org.newsatlas.article;

import java.time.LocalDate;
import java.util.List;
import org.newsatlas.analysis.BorderReference;
import org.newsatlas.analysis.BorderReferenceDetector;
import org.newsatlas.analysis.ExerciseMention;
import org.newsatlas.analysis.ExerciseMentionDetector;
import org.newsatlas.analysis.PlaceMention;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links one stored passage to the exercise and border layers: runs {@link ExerciseMentionDetector} and
 * {@link BorderReferenceDetector} over it and stores what they find. Called at import time, in the import's
 * transaction, after the passage's place mentions are resolved.
 */
@Service
public class PassageLinker {

    /** What one passage was linked to. */
    public record Links(List<ExerciseMention> exercises, List<BorderReference> borders) {
    }

    private final ExerciseMentionDetector exercises;
    private final BorderReferenceDetector borders;
    private final PassageLinkRepository repository;

    public PassageLinker(ExerciseMentionDetector exercises, BorderReferenceDetector borders,
            PassageLinkRepository repository) {
        this.exercises = exercises;
        this.borders = borders;
        this.repository = repository;
    }

    /**
     * @param articleText the article's original text; {@code [start, end)} is the passage in it
     * @param published   the article's date (resolves series names such as "Peace Mission"); may be null
     * @param mentions    the passage's resolved place mentions, offsets into {@code articleText}
     * @param context     mentions of the article's other passages (the previous one first is fine)
     */
    @Transactional
    public Links link(long passageId, String articleText, int start, int end, LocalDate published,
            List<PlaceMention> mentions, List<PlaceMention> context) {
        List<ExerciseMention> named = exercises.detect(articleText, start, end, published);
        List<BorderReference> spoken = borders.detect(articleText, start, end, mentions, context);
        repository.insertExerciseMentions(passageId, named);
        repository.insertBorderMentions(passageId, spoken);
        return new Links(named, spoken);
    }
}
