package vn.gov.bluezone.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.http.HttpServletResponse;

import vn.gov.bluezone.identity.ui.LoginView;
import vn.gov.bluezone.shared.RequestLanguage;

/**
 * Form login through Vaadin's login view; every view and every service method is denied unless
 * it says who may use it ({@code @RolesAllowed}/{@code @PermitAll} on views, {@code @PreAuthorize}
 * on services). The session id changes at login and the session of a disabled account ends; the
 * response headers are {@link SecurityHeaders}' (decision 0014).
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /** The session attribute of an API client's login, apart from the browser's (see the API chain). */
    static final String API_CONTEXT_KEY = "PORTAL_API_SECURITY_CONTEXT";

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final Duration sessionRecheck;

    SecurityConfiguration(UserAccountRepository accounts, Clock clock,
            @Value("${portal.security.session-recheck:PT15S}") Duration sessionRecheck) {
        this.accounts = accounts;
        this.clock = clock;
        this.sessionRecheck = sessionRecheck;
    }

    /**
     * The report API ({@code /api/**}): HTTP Basic, after which the login is kept in the session so a
     * client pays for the password hash once. The login lives under its own session attribute, so a
     * browser signed in to the portal is not signed in to the API: a page on another site cannot use
     * the portal's cookie to submit (and the API takes JSON only, which a cross-site form cannot send).
     * That is why this chain needs no CSRF token.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, I18NProvider texts) throws Exception {
        HttpSessionSecurityContextRepository apiContexts = new HttpSessionSecurityContextRepository();
        apiContexts.setSpringSecurityContextKey(API_CONTEXT_KEY);
        AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Bluezone\"");
            response.setContentType("application/json;charset=UTF-8");
            String message = texts.getTranslation("api.error.unauthorized", RequestLanguage.of(request));
            response.getWriter().write("{\"status\":401,\"message\":\"" + message.replace("\"", "'") + "\"}");
        };
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(apiContexts))
                .httpBasic(basic -> basic.securityContextRepository(apiContexts).authenticationEntryPoint(unauthorized))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        protect(http);
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/images/**").permitAll());
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        protect(http);
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /**
     * The end of a disabled account's sessions; Spring Security's other default headers stay on, and
     * {@link SecurityHeaders} adds the policy headers to every response, inside this chain or not.
     */
    private void protect(HttpSecurity http) throws Exception {
        // the frame policy is SecurityHeaders' alone (Spring's default would say DENY on some paths)
        http.headers(headers -> headers.frameOptions(frame -> frame.disable()));
        http.addFilterBefore(new DisabledAccountSessions(accounts, clock, sessionRecheck),
                AnonymousAuthenticationFilter.class);
    }

    /** bcrypt (strength 10) behind a delegating encoder, so the algorithm can be raised later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
