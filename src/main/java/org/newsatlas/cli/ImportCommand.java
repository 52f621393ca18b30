package org.newsatlas.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsatlas.article.ingest.ArticleImportService;
import org.newsatlas.article.ingest.FileOutcome;
import org.newsatlas.article.ingest.ImportDefaults;
import org.newsatlas.article.ingest.ImportReport;
import org.newsatlas.article.ingest.SkippedPath;
import org.springframework.context.ApplicationContext;

/**
 * {@code import [--date YYYY-MM-DD] [--outlet NAME] DIR_OR_FILE_OR_URL...}: bulk import of article files and
 * bundles (CSV, JSON Lines, RSS/Atom, ZIP), folders searched recursively, web addresses fetched (a page or a feed). {@code --date} dates the articles that give no date in their file or text,
 * {@code --outlet} names the outlet of those that name none.
 */
public class ImportCommand implements Command {

    @Override
    public Set<String> options() {
        return Set.of("--date", "--outlet");
    }

    @Override
    public String usage() {
        return "import [--date YYYY-MM-DD] [--outlet NAME] DIR_OR_FILE_OR_URL...   import articles: .txt, .md, .html,"
                + " CSV, JSON Lines, RSS/Atom feeds, ZIP (folders are searched recursively; an http(s) address is fetched:"
                + " a page or a feed; --date and --outlet for articles that give none)";
    }

    @Override
    public Optional<String> usageError(List<String> operands) {
        try {
            Arguments.parse(operands);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Override
    public int run(List<String> operands, ApplicationContext context, PrintStream out, PrintStream err) {
        Arguments arguments = Arguments.parse(operands);
        ImportReport report = context.getBean(ArticleImportService.class).importPaths(arguments.paths(),
                arguments.addresses(), arguments.defaults(),
                progress -> err.printf("[%d/%d] %s%n", progress.done(), progress.total(), progress.latest().line()));
        out.println(report.summary());
        for (FileOutcome failure : report.failures()) {
            out.println("  failed " + failure.source() + ": " + failure.message());
        }
        for (SkippedPath skipped : report.skipped()) {
            out.println("  skipped " + skipped.path() + ": " + skipped.reason());
        }
        return report.failed() > 0 ? CommandLine.FAILED : CommandLine.OK;
    }

    record Arguments(ImportDefaults defaults, List<Path> paths, List<String> addresses) {
        static Arguments parse(List<String> operands) {
            String date = null;
            String outlet = null;
            List<Path> paths = new ArrayList<>();
            List<String> addresses = new ArrayList<>();
            for (int i = 0; i < operands.size(); i++) {
                String operand = operands.get(i);
                String option = operand.split("=", 2)[0];
                if (option.equals("--date") || option.equals("--outlet")) {
                    String value = operand.contains("=") ? operand.substring(option.length() + 1)
                            : i + 1 < operands.size() ? operands.get(++i) : "";
                    if (option.equals("--date")) {
                        date = value;
                    } else {
                        outlet = value;
                    }
                } else if (ArticleImportService.isWebAddress(operand)) {
                    addresses.add(operand);
                } else {
                    paths.add(Path.of(operand));
                }
            }
            if (paths.isEmpty() && addresses.isEmpty()) {
                throw new IllegalArgumentException("import needs at least one file, folder or web address");
            }
            if (outlet != null && outlet.isBlank()) {
                throw new IllegalArgumentException("--outlet needs a name");
            }
            try {
                return new Arguments(new ImportDefaults(date == null ? null : LocalDate.parse(date), outlet), paths,
                        addresses);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--date needs YYYY-MM-DD, got '" + date + "'");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--date: " + e.getMessage());
            }
        }
    }
}
