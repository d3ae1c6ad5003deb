package vn.gov.bluezone.identity;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.Pointcuts;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.core.Authentication;

/**
 * A password issued by an administrator (a new account, a reset: "must be changed at first login")
 * is known to someone other than its user, so until the user changes it the account may do nothing
 * but change it. The rule is enforced three times: the portal sends such a user to the password
 * page ({@code PasswordChangeGate}), the API refuses every request with 403, and every service
 * method guarded by {@code @PreAuthorize} refuses such a caller, so the rule rests on neither a view
 * nor a filter alone (decision 0015). The one method open to it is marked
 * {@link AllowedWithTemporaryPassword}.
 */
final class TemporaryPasswords {

    private TemporaryPasswords() {
    }

    /** Whether the caller signed in with a password they must still change. */
    static boolean pending(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof PortalUser user
                && user.mustChangePassword();
    }

    /** For a web request: granted unless the caller's password is still the issued one. */
    static <T> AuthorizationManager<T> changed() {
        return (authentication, request) -> new AuthorizationDecision(!pending(authentication.get()));
    }

    /**
     * For the services: in front of every {@code @PreAuthorize} method (on the method or its class,
     * directly or as the template behind {@code @Requires}), just before the {@code @PreAuthorize}
     * check itself.
     */
    static Advisor serviceGate() {
        // on the class or the method, written out or through a meta-annotation such as @Requires
        Pointcut guarded = Pointcuts.union(new AnnotationMatchingPointcut(PreAuthorize.class, true),
                new AnnotationMatchingPointcut(null, PreAuthorize.class, true));
        AuthorizationManager<MethodInvocation> gate = (authentication, invocation) -> new AuthorizationDecision(
                AnnotatedElementUtils.hasAnnotation(invocation.getMethod(), AllowedWithTemporaryPassword.class)
                        || !pending(authentication.get()));
        AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                guarded, gate);
        interceptor.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder() - 1);
        return interceptor;
    }
}
