package org.newsatlas.security;

import java.util.regex.Pattern;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords are stored only as Spring Security's delegating hashes, {@code {bcrypt}$2a$10$...}. */
public final class PasswordHashes {

    /** BCrypt for new hashes; reads any id Spring Security knows ({bcrypt}, {argon2}, {pbkdf2}...). */
    public static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final Pattern HASH = Pattern.compile("\\{(bcrypt|argon2@SpringSecurity_v5_8|pbkdf2@SpringSecurity_v5_8|"
            + "scrypt@SpringSecurity_v5_8|argon2|pbkdf2|scrypt|sha256)}.{20,}");
    /** Shortest password accepted for a new account. */
    public static final int MIN_LENGTH = 10;

    private PasswordHashes() {
    }

    public static boolean isHash(String value) {
        return HASH.matcher(value).matches();
    }

    public static String hash(String password) {
        return ENCODER.encode(password);
    }
}
