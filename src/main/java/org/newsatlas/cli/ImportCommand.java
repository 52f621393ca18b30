package org.newsatlas.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.newsatlas.article.ingest.ArticleImportService;
import org.newsatlas.article.ingest.FileOutcome;
import org.newsatlas.article.ingest.ImportReport;
import org.springframework.context.ApplicationContext;

/** {@code import DIR_OR_FILE...}: bulk import of .txt, .md and .html/.htm files, folders searched recursively. */
public class ImportCommand implements Command {

    @Override
    public String usage() {
        return "import DIR_OR_FILE...   import .txt, .md, .html and .htm articles (folders are searched recursively)";
    }

    @Override
    public Optional<String> usageError(List<String> operands) {
        return operands.isEmpty() ? Optional.of("import needs at least one file or folder") : Optional.empty();
    }

    @Override
    public int run(List<String> operands, ApplicationContext context, PrintStream out, PrintStream err) {
        List<Path> paths = operands.stream().map(Path::of).toList();
        ImportReport report = context.getBean(ArticleImportService.class).importPaths(paths,
                progress -> err.printf("[%d/%d] %s%n", progress.done(), progress.total(), progress.latest().line()));
        out.println(report.summary());
        for (FileOutcome failure : report.failures()) {
            out.println("  failed " + failure.source() + ": " + failure.message());
        }
        return report.failed() > 0 ? CommandLine.FAILED : CommandLine.OK;
    }
}
