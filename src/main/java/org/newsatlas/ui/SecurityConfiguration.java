package org.newsatlas.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsatlas.api.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsatlas.security.ContentSecurityPolicy;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsatlas.security.PasswordHashes;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsatlas.security.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsatlas.security.ServerMode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsatlas.security.VisitorFilter;
import org.newsatlas.ui.map.MapProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Configuration;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpMethod;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.crypto.password.PasswordEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.web.SecurityFilterChain;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.core.AuthenticationException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.web.util.matcher.RequestMatcher;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.security.web.util.matcher.RequestMatchers;

/**
 * Who may do what, over HTTP and in the views. Every request gets a role: a signed-in person's, or a visitor's
 * ({@link ServerMode}: on a loopback server the local analyst is an editor). Views say their role with
 * {@code @RolesAllowed}, checked by Vaadin's navigation access control; the HTTP API: GETs need a reader,
 * {@code POST /api/geoparse} an editor (HTTP Basic for scripts, 401 without). Every response carries the
 * security headers: Content-Security-Policy, nosniff, no framing, a same-origin referrer.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

    static final String REALM = "News Atlas";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ServerMode mode, MapProperties map, ObjectMapper json)
            throws Exception {
        RequestMatcher api = RequestMatchers.anyOf(path("/api/**"), path("/ogc"), path("/ogc/**"));
        RequestMatcher geoparse = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/geoparse");
        http.authorizeHttpRequests(requests -> requests
                // the error page of a refused request (401, 403) is shown, not itself refused with a redirect
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(geoparse).hasRole(Role.EDITOR_NAME)
                .requestMatchers(api).hasRole(Role.READER_NAME)
                .requestMatchers(path(org.newsatlas.basemap.BaseMap.URL_PREFIX + "**")).hasRole(Role.READER_NAME));
        // before Vaadin's "any request: the sign-in page", so that scripts get a 401 and a Basic challenge
        // and both refusals in the API's one error shape
        http.exceptionHandling(handling -> handling
                .defaultAuthenticationEntryPointFor((request, response, e) -> unauthorized(response, json), api)
                .defaultAccessDeniedHandlerFor((request, response, e) -> new ApiError(ApiError.FORBIDDEN,
                        "Your account may not do this: " + request.getMethod() + " " + request.getRequestURI()
                                + (geoparse.matches(request) ? " needs an editor" : " needs a reader"))
                        .write(response, HttpStatus.FORBIDDEN.value(), json), api));
        // the API changes nothing but by POST /api/geoparse, which scripts send with Basic credentials and no session
        // to forge a request from; without this a POST to a GET-only route would be a CSRF 403, not a 405
        http.csrf(csrf -> csrf.ignoringRequestMatchers(api));
        http.addFilterBefore(new VisitorFilter(mode), AnonymousAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.of(map.tileUrl())))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // the app sets its own caching (base map, shapes and Vaadin's bundle are cached for long)
                .cacheControl(cache -> cache.disable()));
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        // after Vaadin's: its "any other request: the sign-in page" then comes before Basic's own default
        http.httpBasic(basicAuth -> basicAuth.realmName(REALM)
                .authenticationEntryPoint((request, response, e) -> unauthorized(response, json)));
        return http.build();
    }

    /** 401 with a Basic challenge, in the API's error shape: no credentials, or credentials that did not sign in. */
    private static void unauthorized(HttpServletResponse response, ObjectMapper json) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        new ApiError(ApiError.NOT_AUTHORIZED, "Sign in first: this server needs a reader's or an editor's account "
                + "(HTTP Basic)").write(response, HttpStatus.UNAUTHORIZED.value(), json);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashes.ENCODER;
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
