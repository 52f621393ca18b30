package org.newsatlas.cli;

import org.newsatlas.Application;

/**
 * The jar's entry point: {@code java -jar news-atlas.jar COMMAND ...} runs a command through {@link CommandLine}
 * and exits with its code; without a command (no arguments, or only {@code --options}) the web app starts.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.standard().run(args, System.out, System.err));
        }
        Application.main(args);
    }
}
