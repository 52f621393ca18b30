package org.newsatlas;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The web app's entry point; wiring only. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Theme("news-atlas")
public class Application implements AppShellConfigurator {

    /** Starts the web app; the jar's {@code cli.Main} runs commands ({@code import ...}) and starts this otherwise. */
    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** The tab's icon (without one, browsers ask for /favicon.ico and log a 404). */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/news-atlas.svg", "any");
    }
}
