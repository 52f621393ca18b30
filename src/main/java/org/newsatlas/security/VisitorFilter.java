package org.newsatlas.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a request nobody signed in for a {@link VisitorAuthentication} with the roles of {@link ServerMode}, so
 * that views, handlers and the HTTP API check roles the same way in both modes. Sits before Spring Security's
 * anonymous filter; a request with no roles stays anonymous (and is sent to the sign-in page).
 */
public final class VisitorFilter extends OncePerRequestFilter {

    private final ServerMode mode;

    public VisitorFilter(ServerMode mode) {
        this.mode = mode;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        if (holder.getContext().getAuthentication() == null) {
            var authorities = mode.visitorAuthorities(request.getRemoteAddr());
            if (!authorities.isEmpty()) {
                SecurityContext context = holder.createEmptyContext();
                context.setAuthentication(new VisitorAuthentication(authorities));
                holder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
