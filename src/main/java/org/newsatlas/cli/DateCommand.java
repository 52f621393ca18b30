package org.newsatlas.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.newsatlas.article.ArticleDateService;
import org.newsatlas.article.ArticleReprocessor.ReprocessOutcome;
import org.newsatlas.geoparse.SaneDates;
import org.springframework.context.ApplicationContext;

/**
 * {@code date ARTICLE_ID YYYY-MM-DD|none}: sets (or, with {@code none}, removes) one stored article's publication
 * date and re-analyses it, so its passages' months follow the date ({@link ArticleDateService}).
 */
public class DateCommand implements Command {

    @Override
    public String usage() {
        return "date ARTICLE_ID YYYY-MM-DD|none   set an article's publication date (none: undated) and re-analyse it";
    }

    @Override
    public Optional<String> usageError(List<String> operands) {
        try {
            Arguments.of(operands);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public int run(List<String> operands, ApplicationContext context, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.of(operands);
        try {
            ReprocessOutcome outcome = context.getBean(ArticleDateService.class)
                    .setPublished(arguments.articleId(), arguments.date());
            out.println((arguments.date() == null ? "undated" : "dated " + arguments.date()) + " article "
                    + outcome.articleId() + " and re-analysed it, user corrections kept " + outcome.corrections());
            return CommandLine.OK;
        } catch (NoSuchElementException e) {
            err.println(e.getMessage());
            return CommandLine.FAILED;
        }
    }

    record Arguments(long articleId, LocalDate date) {

        static Arguments of(List<String> operands) {
            if (operands.size() != 2) {
                throw new IllegalArgumentException("date takes an article id and a date (YYYY-MM-DD or none), got "
                        + operands);
            }
            long id;
            try {
                id = Long.parseLong(operands.get(0));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not an article id: '" + operands.get(0) + "'");
            }
            if ("none".equals(operands.get(1))) {
                return new Arguments(id, null);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(operands.get(1));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("the date needs YYYY-MM-DD or none, got '" + operands.get(1) + "'");
            }
            SaneDates.publicationDateProblem(date).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
            return new Arguments(id, date);
        }
    }
}
