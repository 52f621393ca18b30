package org.newsatlas.article.ingest;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The publication date an article gives in its own head, for files that carry no date elsewhere (plain text, a
 * pasted page): a "Published …" or "Posted …" line, a dateline ("KABUL, Aug. 5, 2021 (Reuters) –"), a line that
 * is a date (with a time after it), a byline with a date ("By Jane Doe | March 31, 2018"), and last an "Updated …"
 * line. Only the first {@value #HEAD_LINES} non-blank lines are read: a date further down is an event, not the
 * publication.
 */
public final class DateInText {

    static final int HEAD_LINES = 12;
    private static final int LONGEST_LINE = 400;
    private static final Pattern PUBLISHED = Pattern.compile(
            "\\b(?:first\\s+)?(?:published|posted|dated|date|filed)(?:\\s+on)?\\s*[:|–—-]?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATED = Pattern.compile(
            "\\b(?:last\\s+)?(?:updated|modified)(?:\\s+on)?\\s*[:|–—-]?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE_PLACE = Pattern.compile("^[A-Z][A-Z .'’-]{1,40}(?:,\\s*[A-Z][A-Za-z .]{1,30})?"
            + "(?:\\s*\\([^)]{1,30}\\))?,\\s+");
    private static final Pattern BYLINE = Pattern.compile("^by\\s+\\S", Pattern.CASE_INSENSITIVE);
    /** What may follow a date on a line of its own: a time, a zone, a separator, a dateline's agency and dash. */
    private static final Pattern AFTER_DATE_LINE = Pattern.compile("^(?:\\s*(?:[,|·•/]|at))?(?:\\s*\\d{1,2}(?:[:.]\\d{2})"
            + "{1,2}\\s*(?:[ap]\\.?m\\.?)?)?(?:\\s*\\(?(?:[A-Z]{2,5}|GMT[+-]\\d{1,2}|UTC[+-]?\\d{0,2})\\)?)?"
            + "\\s*(?:\\([^)]{1,30}\\))?\\s*(?:[—–-].*)?$", Pattern.CASE_INSENSITIVE);

    /** A date found and how: the reading and which kind of line gave it (lower kinds win). */
    public record Found(StatedDate.Reading reading, Kind kind) {
    }

    /** Kinds of line, most trusted first. */
    public enum Kind { PUBLISHED, DATELINE, BYLINE, UPDATED }

    private DateInText() {
    }

    /** The most trusted date line in the head of {@code text}; empty when the head gives no date. */
    public static Optional<Found> find(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(HEAD_LINES)
                .filter(l -> l.length() <= LONGEST_LINE)
                .flatMap(DateInText::inLine)
                .min(Comparator.comparing(Found::kind));
    }

    private static Stream<Found> inLine(String line) {
        Stream.Builder<Found> found = Stream.builder();
        afterCue(line, PUBLISHED).ifPresent(r -> found.add(new Found(r, Kind.PUBLISHED)));
        afterCue(line, UPDATED).ifPresent(r -> found.add(new Found(r, Kind.UPDATED)));
        Matcher place = DATELINE_PLACE.matcher(line);
        int from = place.lookingAt() ? place.end() : 0;
        Matcher date = StatedDate.DATE.matcher(line).region(from, line.length());
        if (date.lookingAt() && AFTER_DATE_LINE.matcher(line.substring(date.end())).matches()) {
            found.add(new Found(StatedDate.read(date), Kind.DATELINE));
        } else if (BYLINE.matcher(line).lookingAt()) {
            StatedDate.find(line).ifPresent(r -> found.add(new Found(r, Kind.BYLINE)));
        }
        return found.build();
    }

    /** The date right after a cue word ("Published: March 31, 2018"); the cue must start the date's phrase. */
    private static Optional<StatedDate.Reading> afterCue(String line, Pattern cue) {
        Matcher m = cue.matcher(line);
        while (m.find()) {
            Matcher date = StatedDate.DATE.matcher(line).region(m.end(), line.length());
            if (date.lookingAt()) {
                return Optional.of(StatedDate.read(date));
            }
        }
        return Optional.empty();
    }
}
