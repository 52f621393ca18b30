package org.newsatlas.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings ({@code newsatlas.security.*}).
 *
 * @param openReading in public mode, people who have not signed in may read (map, articles, GET API); false
 *                    (the default): they see only the sign-in page
 * @param users       accounts from configuration, beside those in the database ({@code user add} command)
 */
@ConfigurationProperties("newsatlas.security")
public record SecuritySettings(boolean openReading, List<ConfiguredUser> users) {

    public SecuritySettings {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /**
     * @param name     what the person types to sign in
     * @param password a password hash with its encoder's id: {@code {bcrypt}$2a$10$...}; never the password itself
     * @param role     reader or editor
     */
    public record ConfiguredUser(String name, String password, String role) {

        public ConfiguredUser {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("newsatlas.security.users: every user needs a name");
            }
            if (password == null || !PasswordHashes.isHash(password)) {
                throw new IllegalArgumentException("newsatlas.security.users: the password of '" + name
                        + "' must be a hash such as {bcrypt}$2a$10$..., never the password itself "
                        + "(or store the user in the database: java -jar news-atlas.jar user add NAME --role ROLE)");
            }
            if (Role.byId(role).isEmpty()) {
                throw new IllegalArgumentException("newsatlas.security.users: the role of '" + name + "' must be one of "
                        + Role.ids() + ", got '" + role + "'");
            }
        }
    }
}
