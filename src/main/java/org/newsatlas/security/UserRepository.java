package org.newsatlas.security;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Accounts in H2 ({@code app_user}), as the {@code user add} command writes them. */
@Repository
public class UserRepository {

    private final JdbcTemplate jdbc;

    public UserRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> find(String name) {
        return jdbc.query("SELECT name, password_hash, role FROM app_user WHERE name = ?",
                (rs, i) -> new UserAccount(rs.getString(1), rs.getString(2), Role.byId(rs.getString(3)).orElseThrow()),
                name).stream().findFirst();
    }

    /** @return true if the account is new, false if an existing one got this password and role */
    @Transactional
    public boolean save(UserAccount account) {
        if (!PasswordHashes.isHash(account.passwordHash())) {
            throw new IllegalArgumentException("not a password hash");
        }
        int updated = jdbc.update("UPDATE app_user SET password_hash = ?, role = ? WHERE name = ?",
                account.passwordHash(), account.role().id(), account.name());
        if (updated == 0) {
            jdbc.update("INSERT INTO app_user (name, password_hash, role) VALUES (?, ?, ?)",
                    account.name(), account.passwordHash(), account.role().id());
        }
        return updated == 0;
    }

    public List<String> names() {
        return jdbc.queryForList("SELECT name FROM app_user ORDER BY name", String.class);
    }
}
