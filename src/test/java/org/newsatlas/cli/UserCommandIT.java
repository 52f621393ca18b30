package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsatlas.Application;
import org.newsatlas.support.PostgresTestStore;
import org.newsatlas.support.RawHttp;
import org.newsatlas.support.TempDataDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code user add NAME --role ROLE}, in-process: the password from stdin, only its hash stored, then a sign-in. */
class UserCommandIT {

    private static final String PASSWORD = "correct horse battery";

    @Test
    void a_user_added_from_the_command_line_is_stored_as_a_bcrypt_hash_and_can_sign_in_to_a_public_server()
            throws Exception {
        Path data = TempDataDir.create("cli-user");
        Run added = run(PASSWORD + "\n", "user", "add", "ed", "--role", "editor", "--newsatlas.data-dir=" + data);
        assertThat(added.exitCode()).isEqualTo(CommandLine.OK);
        assertThat(added.out()).isEqualTo("added editor ed\n");
        try (Connection db = PostgresTestStore.storeOf(data);
             ResultSet rs = db.createStatement().executeQuery("SELECT password_hash, role FROM app_user WHERE name = 'ed'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("{bcrypt}$2a$10$").doesNotContain(PASSWORD);
            assertThat(rs.getString(2)).isEqualTo("editor");
        }
        Run again = run("another good password\n", "user", "add", "ed", "--role=reader", "--newsatlas.data-dir=" + data);
        assertThat(again.out()).isEqualTo("changed reader ed\n");
        assertThat(run(PASSWORD + "\n", "user", "add", "ed", "--role", "editor", "--newsatlas.data-dir=" + data)
                .exitCode()).isEqualTo(CommandLine.OK);

        // as arguments: they rank above application.properties (default properties would not)
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--newsatlas.data-dir=" + data, "--newsatlas.seed.enabled=false",
                "--newsatlas.server.public=true")) {
            int port = ((ServletWebServerApplicationContext) app).getWebServer().getPort();
            assertThat(geoparse(port, RawHttp.basic("ed", PASSWORD)).status()).isEqualTo(200);
            assertThat(geoparse(port, RawHttp.basic("ed", "another good password")).status()).isEqualTo(401);
        }
    }

    @Test
    void a_missing_name_or_role_is_a_usage_error_and_a_short_or_missing_password_fails_with_one_line() {
        Run nothing = run("", "user");
        assertThat(nothing.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(nothing.err()).startsWith("user: the only action is 'add', got nothing\nusage:");
        assertThat(run("", "user", "add", "ed").err()).startsWith("user: --role must be one of reader, editor\n");
        assertThat(run("", "user", "add", "ed", "--role", "admin").err())
                .startsWith("user: --role must be one of reader, editor, got 'admin'\n");
        Run noName = run("", "user", "add", "--role", "reader");
        assertThat(noName.exitCode()).isEqualTo(CommandLine.USAGE);
        assertThat(noName.err()).startsWith("user: add needs a NAME of 1 to 100 characters without spaces\n");

        Path data = TempDataDir.create("cli-user-short");
        Run shortPassword = run("short\n", "user", "add", "ed", "--role", "reader", "--newsatlas.data-dir=" + data);
        assertThat(shortPassword.exitCode()).isEqualTo(CommandLine.FAILED);
        assertThat(shortPassword.err()).isEqualTo("user: the password must have at least 10 characters\n");
        Run noPassword = run("", "user", "add", "ed", "--role", "reader", "--newsatlas.data-dir=" + data);
        assertThat(noPassword.exitCode()).isEqualTo(CommandLine.FAILED);
        assertThat(noPassword.err()).startsWith("no password: set NEWSATLAS_USER_PASSWORD");
        assertThat(run("", "help").out()).contains("java -jar news-atlas.jar user add NAME --role reader|editor");
    }

    private static RawHttp.Reply geoparse(int port, String authorization) throws Exception {
        return RawHttp.send(port, "POST", "/api/geoparse", "Rain fell on Osh.",
                "Content-Type: text/plain; charset=UTF-8", "Authorization: " + authorization);
    }

    private static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PasswordInput passwords = new PasswordInput(Map.of(), null,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        CommandLine commands = new CommandLine(Map.of("user", new UserCommand(passwords)));
        int code = commands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int exitCode, String out, String err) {
    }
}
