package vn.gov.bluezone.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;

import vn.gov.bluezone.shared.SystemAccess;

/**
 * The security context as everything reads it — the filters, method security ({@code @PreAuthorize})
 * and {@link SecurityContextHolder}: inside {@code SystemAccess.runAsSystem} the system's context,
 * otherwise Vaadin's (in a Vaadin request, the one of the user's session). Vaadin's strategy alone
 * reads the session first, so a system task started from a screen silently ran as the user
 * (decision 0025).
 */
final class SystemAwareSecurityContext implements SecurityContextHolderStrategy {

    private final SecurityContextHolderStrategy delegate;

    SystemAwareSecurityContext(SecurityContextHolderStrategy delegate) {
        this.delegate = delegate;
    }

    @Override
    public SecurityContext getContext() {
        return SystemAccess.activeContext().orElseGet(delegate::getContext);
    }

    @Override
    public void setContext(SecurityContext context) {
        delegate.setContext(context);
    }

    @Override
    public void clearContext() {
        delegate.clearContext();
    }

    @Override
    public SecurityContext createEmptyContext() {
        return delegate.createEmptyContext();
    }

    /**
     * Registers the strategy: Spring Security's filters and method security take it as a bean (and
     * Vaadin then keeps its own out), and it is installed in {@link SecurityContextHolder} at once.
     * The holder is one per JVM while tests may start several application contexts, so a context
     * reuses the strategy an earlier one installed rather than replacing it under that one's beans.
     */
    @Configuration(proxyBeanMethods = false)
    static class Installation {

        @Bean
        static SecurityContextHolderStrategy securityContextHolderStrategy() {
            SecurityContextHolderStrategy installed = SecurityContextHolder.getContextHolderStrategy();
            if (installed instanceof SystemAwareSecurityContext) {
                return installed;
            }
            SecurityContextHolderStrategy strategy =
                    new SystemAwareSecurityContext(new VaadinAwareSecurityContextHolderStrategy());
            SecurityContextHolder.setContextHolderStrategy(strategy);
            return strategy;
        }
    }
}
