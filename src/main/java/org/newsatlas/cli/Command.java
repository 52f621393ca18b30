package org.newsatlas.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/** A command run from the jar without the web server: {@code java -jar news-atlas.jar NAME OPERAND...}. */
public interface Command {

    /**
     * False for a command that needs no database or Spring context: it then gets every argument after its name
     * (options included) as operands, and a null context.
     */
    default boolean needsApplication() {
        return true;
    }

    /** Options of the command itself ({@code --role}), handed to it as operands; other {@code --x} are properties. */
    default Set<String> options() {
        return Set.of();
    }

    /** One line: the operands and what the command does. */
    String usage();

    /** What is wrong with the operands, checked before the application starts. */
    Optional<String> usageError(List<String> operands);

    /**
     * Runs in a started non-web application context. Progress goes to {@code err}, results to {@code out}.
     *
     * @return the process exit code: {@link CommandLine#OK} or {@link CommandLine#FAILED}
     */
    int run(List<String> operands, ApplicationContext context, PrintStream out, PrintStream err);
}
