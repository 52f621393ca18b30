package org.newsatlas.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** What a person may do: a reader reads; an editor also adds, deletes, corrects and re-runs the geoparser. */
public enum Role {
    READER,
    EDITOR;

    /** For {@code @RolesAllowed} on views (annotation values must be constants). */
    public static final String READER_NAME = "READER";
    public static final String EDITOR_NAME = "EDITOR";

    /** The Spring Security authorities of this role: an editor is also a reader. */
    public List<GrantedAuthority> authorities() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal())
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    /** The lower-case name used in settings, the database and the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id == null ? "" : id.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Role::id).toList());
    }
}
