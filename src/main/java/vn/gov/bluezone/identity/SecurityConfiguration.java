package vn.gov.bluezone.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.aop.Advisor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.http.HttpSession;

import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.audit.DeniedAccess;
import vn.gov.bluezone.identity.ui.LoginView;
import vn.gov.bluezone.shared.DatabaseErrors;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.shared.api.ApiContractAddress;
import vn.gov.bluezone.shared.api.ApiProblems;
import vn.gov.bluezone.shared.api.ApiRefusal;
import vn.gov.bluezone.shared.ui.MapDataAddress;
import vn.gov.bluezone.shared.ui.ReportDocumentAddress;

/**
 * Form login through Vaadin's login view; every view and every service method is denied unless
 * it says who may use it ({@code @ViewPermission}/{@code @PermitAll} on views, {@code @Requires}
 * or {@code @PreAuthorize} on services; the permissions are {@link PermissionSecurity}'s). The session id changes at login and the session of a disabled account ends; the
 * response headers are {@link SecurityHeaders}' (decision 0014). An account whose password an
 * administrator issued may do nothing but change it ({@link TemporaryPasswords}, decision 0015).
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
     * That is why this chain needs no CSRF token. Every refusal here is the API's JSON problem, never
     * a redirect to the login page (decision 0015): 401 without a valid login, whatever the path,
     * method or {@code Accept}; 403 for an account whose password is still the one an administrator
     * issued ({@link TemporaryPasswords}), and its session is not kept, so that its next request
     * signs in again and sees the changed password.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiProblems problems, AuditLog auditLog) throws Exception {
        HttpSessionSecurityContextRepository apiContexts = new HttpSessionSecurityContextRepository();
        apiContexts.setSpringSecurityContextKey(API_CONTEXT_KEY);
        AuthenticationEntryPoint unauthorized = apiUnauthorized(problems, clock);
        AccessDeniedHandler denied = apiDenied(problems, auditLog);
        http.securityMatcher(ApiProblems.PREFIX + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().access(AuthorizationManagers.allOf(
                        AuthenticatedAuthorizationManager.authenticated(), TemporaryPasswords.changed())))
                .securityContext(context -> context.securityContextRepository(apiContexts))
                .httpBasic(basic -> basic.securityContextRepository(apiContexts).authenticationEntryPoint(unauthorized))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(denied))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        protect(http);
        return http.build();
    }

    /**
     * Health and metrics ({@code /actuator/**}, and the probes' short paths {@code /livez} and
     * {@code /readyz}; decision 0040). The health endpoints answer anyone, with the status only
     * (Spring Boot shows components and details to administrators alone); metrics and the
     * Prometheus page are for administrators, signed in (the portal's session) or by HTTP Basic,
     * and the Prometheus page also for a scraper presenting {@code portal.management.metrics-token}
     * as a bearer token ({@link MetricsScrapeToken}), so that no person's password sits in its
     * configuration. A Basic login here is never kept in a session and counts towards the account's
     * lockout like any other.
     */
    @Bean
    @Order(0)
    SecurityFilterChain managementFilterChain(HttpSecurity http,
            @Value("${portal.management.metrics-token:}") String metricsToken) throws Exception {
        http.securityMatcher("/actuator/**", "/livez", "/readyz")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
                                "/livez", "/readyz").permitAll()
                        .requestMatchers("/actuator/prometheus").access(AuthorizationManagers.anyOf(
                                AuthorityAuthorizationManager.hasAuthority(MetricsScrapeToken.AUTHORITY), administrator()))
                        .anyRequest().access(administrator()))
                .httpBasic(basic -> basic.authenticationEntryPoint(MANAGEMENT_UNAUTHORIZED))
                // answered here: a container error page would be dispatched to the portal's pages,
                // which send a visitor to the login page
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(MANAGEMENT_UNAUTHORIZED)
                        .accessDeniedHandler((request, response, denied) -> response.setStatus(HttpStatus.FORBIDDEN.value())))
                .addFilterBefore(new MetricsScrapeToken(metricsToken), BasicAuthenticationFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        protect(http);
        return http.build();
    }

    /**
     * The report API's published contract (decision 0041): readable by anyone, since it describes
     * the API and holds no data, and a commune's developer should be able to read it before having
     * an account. Only a GET of its two exact addresses is opened; anything else there (another
     * method, an address below them) is left to the portal's chain, which asks for a login. No
     * session is made and none is read: the answer is the same for everybody.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiContractFilterChain(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(paths.matcher(HttpMethod.GET, ApiContractAddress.JSON),
                        paths.matcher(HttpMethod.GET, ApiContractAddress.YAML)))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable());
        protect(http);
        return http.build();
    }

    private static final AuthenticationEntryPoint MANAGEMENT_UNAUTHORIZED = (request, response, failure) -> {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Bluezone\"");
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
    };

    /** An administrator whose password is no longer the one issued to them ({@link TemporaryPasswords}). */
    private static AuthorizationManager<RequestAuthorizationContext> administrator() {
        return AuthorizationManagers.allOf(
                AuthorityAuthorizationManager.hasAuthority(vn.gov.bluezone.identity.Role.ADMIN.authority()),
                TemporaryPasswords.changed());
    }

    /**
     * 401 for a missing or wrong login; 429 with {@code Retry-After} when the client's address is
     * held back after too many failures; 503 when the login could not be checked because the
     * database is unreachable (the client should try again, not doubt its password).
     */
    static AuthenticationEntryPoint apiUnauthorized(ApiProblems problems, Clock clock) {
        return (request, response, failure) -> {
            if (DatabaseErrors.unavailable(failure)) {
                problems.write(request, response, ApiRefusal.forStatus(HttpStatus.SERVICE_UNAVAILABLE));
                return;
            }
            if (failure instanceof SignInThrottledException throttled) {
                // the address failed too often (decision 0018): say until when, no password was checked
                long seconds = Math.max(1, Duration.between(clock.instant(), throttled.retryAfter()).toSeconds());
                response.setHeader("Retry-After", Long.toString(seconds));
                problems.write(request, response, ApiRefusal.of(HttpStatus.TOO_MANY_REQUESTS, "api.error.throttled",
                        VietnameseFormats.time(throttled.retryAfter())));
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"Bluezone\"");
            problems.write(request, response, ApiRefusal.forStatus(HttpStatus.UNAUTHORIZED));
        };
    }

    /**
     * 403; for an issued password, saying so, and without keeping the session. Recorded in the
     * audit log like any refused request of a signed-in user.
     */
    static AccessDeniedHandler apiDenied(ApiProblems problems, AuditLog auditLog) {
        return (request, response, failure) -> {
            auditLog.recordDenied(request.getRequestURI(), DeniedAccess.API_ACTION);
            if (TemporaryPasswords.pending(SecurityContextHolder.getContext().getAuthentication())) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                problems.write(request, response, ApiRefusal.of(HttpStatus.FORBIDDEN, "api.error.passwordChange"));
            } else {
                problems.write(request, response, ApiRefusal.forStatus(HttpStatus.FORBIDDEN));
            }
        };
    }

    /** The same rule for every service method: see {@link TemporaryPasswords}. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor temporaryPasswordGate() {
        return TemporaryPasswords.serviceGate();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/styles/**", "/images/**").permitAll()
                // document files served beside their pages (decision 0023): signed-in users; the
                // service checks the role and the scope of the record
                .requestMatchers(ReportDocumentAddress.FILES).authenticated()
                // map data (decision 0032): public geography, but for signed-in users of the portal
                .requestMatchers(MapDataAddress.FILES).authenticated());
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
