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
 * Links passages to the exercise and border layers: {@link #detect} runs {@link ExerciseMentionDetector} and
 * {@link BorderReferenceDetector} over a passage (text only, any thread, once its place mentions are resolved), and
 * {@link #store} writes what they found for the stored passage, in the import's transaction.
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
     * What a passage names and speaks of, without storing it: text work only, safe on any thread (import prepares
     * articles on all cores and stores them on one).
     *
     * @param articleText the article's original text; {@code [start, end)} is the passage in it
     * @param published   the article's date (resolves series names such as "Peace Mission"); may be null
     * @param mentions    the passage's resolved place mentions, offsets into {@code articleText}
     * @param context     mentions of the article's other passages (the previous one first is fine)
     */
    public Links detect(String articleText, int start, int end, LocalDate published, List<PlaceMention> mentions,
            List<PlaceMention> context) {
        return new Links(exercises.detect(articleText, start, end, published),
                borders.detect(articleText, start, end, mentions, context));
    }

    /** Stores links found by {@link #detect} for the stored passage with this id. */
    @Transactional
    public void store(long passageId, Links links) {
        repository.insertExerciseMentions(passageId, links.exercises());
        repository.insertBorderMentions(passageId, links.borders());
    }
}
