package org.newsatlas;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import org.newsatlas.cli.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point; wiring only. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("news-atlas")
public class Application implements AppShellConfigurator {

    /** Starts the web app, or runs a command ({@code import ...}) without it and exits with its code. */
    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.standard().run(args, System.out, System.err));
        }
        SpringApplication.run(Application.class, args);
    }

    /** The tab's icon (without one, browsers ask for /favicon.ico and log a 404). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/news-atlas.svg", "any");
    }
}
