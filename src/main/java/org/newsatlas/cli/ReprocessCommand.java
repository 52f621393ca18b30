package org.newsatlas.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import org.newsatlas.article.ingest.ReprocessReport;
import org.newsatlas.article.ingest.ReprocessService;
import org.springframework.context.ApplicationContext;

/**
 * {@code reprocess}: re-runs the whole analysis (cleaning, geoparsing, dating, layer links) of every stored
 * article after a gazetteer or rules change, keeping article ids and user corrections.
 */
public class ReprocessCommand implements Command {

    @Override
    public String usage() {
        return "reprocess   re-analyse every stored article (after a gazetteer or rules change; corrections kept)";
    }

    @Override
    public Optional<String> usageError(List<String> operands) {
        return operands.isEmpty() ? Optional.empty() : Optional.of("reprocess takes no operands, got " + operands);
    }

    @Override
    public int run(List<String> operands, ApplicationContext context, PrintStream out, PrintStream err) {
        ReprocessReport report = context.getBean(ReprocessService.class).reprocessAll(
                progress -> err.printf("[%d/%d] %s%n", progress.done(), progress.total(), progress.line()));
        out.println(report.summary());
        for (ReprocessReport.Failure failure : report.failures()) {
            out.println("  failed article " + failure.articleId() + ": " + failure.reason());
        }
        return report.failures().isEmpty() ? CommandLine.OK : CommandLine.FAILED;
    }
}
