package org.newsatlas.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsatlas.geoparse.GeoparserHardCasesTest;
import org.newsatlas.geoparse.LocatedMention;
import org.newsatlas.geoparse.PassageTime;
import org.newsatlas.geoparse.SaneDates;
import org.newsatlas.geoparse.TimeExpression;
import org.newsatlas.geoparse.TimeTagger;
import org.newsatlas.text.ArticleCleaner;
import org.newsatlas.text.Lexicon;
import org.newsatlas.text.PassageSpan;
import org.newsatlas.gazetteer.FixtureGazetteer;
import org.newsatlas.support.RandomText;
import org.newsatlas.support.RandomTries;

/**
 * The whole text-to-places pipeline (cleaning, geoparsing over the fixture gazetteer, time tagging) over generated
 * text and any publication date: no exception, every mention a non-empty {@code [start,end)} inside its passage and
 * the text, passages in order without overlap, and no month outside {@link SaneDates}.
 */
class GeoparsePropertiesTest {

    private final ArticleAnalyzer analyzer = GeoparserFactory.analyzer(
            new ArticleCleaner(Lexicon.of(List.of("the"))),
            GeoparserFactory.geoparser(FixtureGazetteer.get(), GeoparserHardCasesTest.WORDS));
    private final TimeTagger tagger = new TimeTagger();

    @Test
    void mentions_lie_inside_their_passages_and_months_inside_the_sane_years() {
        RandomTries.forAll(400, r -> new Object[] {RandomText.any(r, 2000), date(r)}, input -> {
            String text = (String) input[0];
            AnalyzedArticle analyzed = analyzer.analyze(text, (LocalDate) input[1]);
            int previousEnd = 0;
            for (AnalyzedPassage passage : analyzed.passages()) {
                PassageSpan span = passage.span();
                assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(span.end()).isGreaterThan(span.start()).isLessThanOrEqualTo(text.length());
                previousEnd = span.end();
                assertThat(passage.months()).allSatisfy(m -> assertThat(SaneDates.contains(m)).as(m.toString()).isTrue());
                for (LocatedMention m : passage.mentions()) {
                    assertThat(m.start()).isGreaterThanOrEqualTo(span.start()).isLessThan(m.end());
                    assertThat(m.end()).isLessThanOrEqualTo(span.end());
                    assertThat(m.text()).isEqualTo(text.substring(m.start(), m.end()));
                }
            }
        });
    }

    @Test
    void time_expressions_lie_inside_the_text_and_months_inside_the_sane_years() {
        RandomTries.forAll(1000, r -> new Object[] {RandomText.any(r, 2000), date(r)}, input -> {
            String text = (String) input[0];
            LocalDate published = (LocalDate) input[1];
            PassageTime time = tagger.tag(text, published);
            assertThat(time.months()).isSorted().doesNotHaveDuplicates()
                    .allSatisfy(m -> assertThat(SaneDates.contains(m)).as(m.toString()).isTrue());
            int previousEnd = 0;
            for (TimeExpression e : time.expressions()) {
                assertThat(e.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(e.end());
                assertThat(e.end()).isLessThanOrEqualTo(text.length());
                assertThat(e.from()).isBeforeOrEqualTo(e.to());
                previousEnd = e.end();
            }
            if (time.fallback()) {
                assertThat(time.months()).containsExactly(YearMonth.from(published));
            }
        });
    }

    /** Any date Java has, the sane years weighted up, the edges of both ranges included; sometimes none. */
    private static LocalDate date(Random r) {
        return switch (r.nextInt(6)) {
            case 0, 1 -> LocalDate.ofEpochDay(SaneDates.FIRST_DAY.toEpochDay()
                    + r.nextInt((int) (SaneDates.LAST_DAY.toEpochDay() - SaneDates.FIRST_DAY.toEpochDay() + 1)));
            case 2 -> LocalDate.ofEpochDay(LocalDate.MIN.toEpochDay()
                    + (long) (r.nextDouble() * (LocalDate.MAX.toEpochDay() - LocalDate.MIN.toEpochDay())));
            case 3 -> List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(999, 5, 5), LocalDate.of(10000, 1, 1),
                    SaneDates.FIRST_DAY, SaneDates.LAST_DAY, LocalDate.of(2021, 8, 19)).get(r.nextInt(7));
            case 4 -> LocalDate.of(2021, 1 + r.nextInt(12), 1 + r.nextInt(28));
            default -> null;
        };
    }
}
