package org.newsatlas.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Runs the app of a test on PostgreSQL + PostGIS instead of its H2 file, when the system property
 * {@value #SERVER} names a server ({@code jdbc:postgresql://127.0.0.1:55432/}; user and password in
 * {@value #USER}, {@value #PASSWORD}): the app of each data folder a test starts it on gets a database of its own,
 * copied from a template with PostGIS, so no test sees another's rows, as with H2's fresh data folders; a test that
 * starts apps (or commands) on the same folder twice finds its rows again, as on H2. The failsafe
 * execution "postgres" sets the property (pom.xml; .ci/run starts a throwaway cluster and names it in
 * NEWSATLAS_TEST_POSTGRES). Without it, nothing changes.
 */
public final class PostgresTestStore implements EnvironmentPostProcessor {

    public static final String SERVER = "newsatlas.test.postgres";
    public static final String USER = "newsatlas.test.postgres.user";
    public static final String PASSWORD = "newsatlas.test.postgres.password";
    private static final String TEMPLATE = "newsatlas_it_template";
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final Map<String, String> DATABASES = new java.util.HashMap<>();
    private static boolean templateReady;

    /** True when the tests run on PostgreSQL. */
    public static boolean active() {
        String server = System.getProperty(SERVER);
        return server != null && !server.isBlank();
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!active() || environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:")) {
            return; // H2, or a test that names its PostgreSQL database itself (two instances on one store)
        }
        // read when the data source is made, not now: a test's own data folder (@DynamicPropertySource) is added
        // to the environment after this runs
        environment.getPropertySources().addFirst(new PropertySource<Object>("postgres-test-store") {
            @Override
            public Object getProperty(String name) {
                return switch (name) {
                    case "spring.datasource.url" -> databaseFor(environment.getProperty("newsatlas.data-dir",
                            "./data"));
                    case "spring.datasource.username" -> user();
                    case "spring.datasource.password" -> password();
                    // many apps stay open in Spring's context cache: each keeps few connections, idle ones closed
                    case "spring.datasource.hikari.maximum-pool-size" -> "4";
                    case "spring.datasource.hikari.minimum-idle" -> "0";
                    case "spring.datasource.hikari.idle-timeout" -> "10000";
                    default -> null;
                };
            }
        });
    }

    /** The database of the apps on this data folder (made empty with PostGIS on first use); its JDBC URL. */
    public static synchronized String databaseFor(String dataDir) {
        String folder = Path.of(dataDir).toAbsolutePath().normalize().toString();
        String name = DATABASES.get(folder);
        if (name == null) {
            name = newDatabase();
            DATABASES.put(folder, name);
        }
        return url(name);
    }

    /**
     * Puts the store settings of an app started as a process on this data folder into its environment: on
     * PostgreSQL, {@code NEWSATLAS_DB_URL}, {@code NEWSATLAS_DB_USER} and {@code NEWSATLAS_DB_PASSWORD} of the
     * folder's database; on H2 nothing (the folder holds the store).
     */
    public static void putStoreEnvironment(Path dataDir, Map<String, String> environment) {
        if (active()) {
            environment.put("NEWSATLAS_DB_URL", databaseFor(dataDir.toString()));
            environment.put("NEWSATLAS_DB_USER", user());
            environment.put("NEWSATLAS_DB_PASSWORD", password());
        }
    }

    /** A connection to the store of the apps on this data folder: its H2 file, or its PostgreSQL database. */
    public static Connection storeOf(Path dataDir) throws SQLException {
        if (!active()) {
            return DriverManager.getConnection("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("newsatlas"),
                    "sa", "");
        }
        return DriverManager.getConnection(databaseFor(dataDir.toString()), credentials());
    }

    private static String newDatabase() {
        String name = "newsatlas_it_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
        try (Connection admin = connect("postgres"); Statement s = admin.createStatement()) {
            if (!templateReady) {
                s.execute("DROP DATABASE IF EXISTS " + TEMPLATE);
                s.execute("CREATE DATABASE " + TEMPLATE);
                try (Connection template = connect(TEMPLATE); Statement t = template.createStatement()) {
                    t.execute("CREATE EXTENSION postgis");
                }
                templateReady = true;
            }
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make a test database on " + System.getProperty(SERVER) + ": "
                    + e.getMessage(), e);
        }
        return name;
    }

    /** A connection to database {@code name} of the test server. */
    private static Connection connect(String name) throws SQLException {
        return DriverManager.getConnection(url(name), credentials());
    }

    private static Properties credentials() {
        Properties credentials = new Properties();
        credentials.setProperty("user", user());
        credentials.setProperty("password", password());
        return credentials;
    }

    public static String url(String name) {
        String server = System.getProperty(SERVER).strip();
        return (server.endsWith("/") ? server : server + "/") + name;
    }

    public static String user() {
        return System.getProperty(USER, "newsatlas");
    }

    public static String password() {
        return System.getProperty(PASSWORD, "");
    }
}
