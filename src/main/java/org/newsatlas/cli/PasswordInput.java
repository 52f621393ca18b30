package org.newsatlas.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Where a command reads a password, never from its arguments (they show in {@code ps} and the shell's history):
 * the environment variable {@value #VARIABLE} if set; else the console, asked twice; else the first line of stdin.
 */
public final class PasswordInput {

    public static final String VARIABLE = "NEWSATLAS_USER_PASSWORD";
    private final Map<String, String> environment;
    private final Console console;
    private final InputStream stdin;

    public PasswordInput(Map<String, String> environment, Console console, InputStream stdin) {
        this.environment = environment;
        this.console = console;
        this.stdin = stdin;
    }

    static PasswordInput standard() {
        return new PasswordInput(System.getenv(), System.console(), System.in);
    }

    /** @return the password, or empty with the reason told on {@code err} */
    public Optional<String> read(String prompt, PrintStream err) {
        String fromEnvironment = environment.get(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment);
        }
        if (console != null) {
            char[] first = console.readPassword("%s: ", prompt);
            char[] second = console.readPassword("%s again: ", prompt);
            if (first == null || second == null || !Arrays.equals(first, second)) {
                err.println("the two passwords differ");
                return Optional.empty();
            }
            return Optional.of(new String(first));
        }
        try {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                err.println("no password: set " + VARIABLE + ", or type it, or give it as the first line of stdin");
                return Optional.empty();
            }
            return Optional.of(line);
        } catch (IOException e) {
            err.println("cannot read the password from stdin: " + e.getMessage());
            return Optional.empty();
        }
    }
}
