package org.newsatlas.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsatlas.Application;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * Dispatches {@code java -jar news-atlas.jar COMMAND ...} to a {@link Command} run in a Spring context without
 * the web server. Arguments starting with {@code --} are Spring properties ({@code --newsatlas.data-dir=...}),
 * the others the command's operands. Exit codes: 0 done, 1 something failed, 2 usage error.
 */
public final class CommandLine {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /**
     * Vaadin's SpringBootAutoConfiguration registers its servlet and autowires a WebApplicationContext, which a
     * command has not, and its SpringSecurityAutoConfiguration builds the views' access control over the web
     * security: both are left out (its scopes work without the web; the app's web security is servlet-only).
     * The seed corpus is left to the first start of the web app, so a command reports only what it did; so is H2's
     * copy of the gazetteer (it serves the web app's place search by name prefix), which a command would write
     * on a background thread competing for the CPU and then abandon at its end, every time.
     * Logging is kept to errors: the command prints its own progress and summary.
     * These rank above application.properties and below environment variables and {@code --options}.
     */
    static final Map<String, Object> NON_WEB_SETTINGS = Map.of(
            "spring.autoconfigure.exclude", "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                    + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
            "newsatlas.seed.enabled", "false",
            "newsatlas.gazetteer.store", "false",
            "logging.level.root", "error");

    private final Map<String, Command> commands;

    public CommandLine(Map<String, Command> commands) {
        this.commands = new LinkedHashMap<>(commands);
    }

    /** The commands the jar knows; those that run without Spring share one plain JSON mapper. */
    public static CommandLine standard() {
        return new CommandLine(Map.of("import", new ImportCommand(), "reprocess", new ReprocessCommand(), "date", new DateCommand(),
                "geoparse", new GeoparseCommand(new com.fasterxml.jackson.databind.ObjectMapper()), "user", new UserCommand(PasswordInput.standard())));
    }

    /** A first argument that is not an option names a command; without one the web app starts. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        String name = args[0];
        if (name.equals("help")) {
            printUsage(out);
            return OK;
        }
        Command command = commands.get(name);
        if (command == null) {
            err.println("unknown command: " + name);
            printUsage(err);
            return USAGE;
        }
        List<String> options = new ArrayList<>();
        List<String> operands = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            boolean property = args[i].startsWith("--") && command.needsApplication()
                    && !command.options().contains(args[i].split("=", 2)[0]);
            (property ? options : operands).add(args[i]);
        }
        Optional<String> usageError = command.usageError(operands);
        if (usageError.isPresent()) {
            err.println(usageError.get());
            printUsage(err);
            return USAGE;
        }
        if (!command.needsApplication()) {
            return command.run(operands, null, out, err);
        }
        return runInContext(command, operands, options, out, err);
    }

    private static int runInContext(Command command, List<String> operands, List<String> options,
                                    PrintStream out, PrintStream err) {
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(Application.class)
                    .web(WebApplicationType.NONE)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .environment(nonWebEnvironment())
                    .run(options.toArray(String[]::new));
        } catch (RuntimeException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            err.println("cannot start: " + String.valueOf(cause.getMessage()).lines().findFirst().orElse(""));
            return FAILED;
        }
        try (context) {
            return command.run(operands, context, out, err);
        }
    }

    /** Set before start-up so that logging, configured first, already sees the quieter level. */
    private static ConfigurableEnvironment nonWebEnvironment() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addAfter(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new MapPropertySource("newsatlas-command", NON_WEB_SETTINGS));
        return environment;
    }

    private void printUsage(PrintStream stream) {
        stream.println("usage: java -jar news-atlas.jar [--property=value ...]            start the web app");
        commands.values().forEach(c -> stream.println("       java -jar news-atlas.jar " + c.usage()));
        stream.println("       java -jar news-atlas.jar help");
    }
}
