package org.newsatlas.security;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * Someone who has not signed in, with the roles {@link ServerMode} gives them (the local analyst is an editor).
 * Set for one request at a time, never stored in the session.
 */
public final class VisitorAuthentication extends AbstractAuthenticationToken {

    public static final String NAME = "visitor";

    public VisitorAuthentication(Collection<? extends GrantedAuthority> authorities) {
        super(authorities);
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return NAME;
    }
}
