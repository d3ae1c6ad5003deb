package vn.gov.bluezone.demo;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.PropertyResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@code portal.demo.enabled}: {@code true} or {@code false} as set; when unset ({@code auto}),
 * demo data loads only when the datasource is the embedded H2 database. A MariaDB deployment thus
 * starts clean unless someone asks for the demo on purpose.
 */
class DemoDataEnabled extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return outcome(context.getEnvironment());
    }

    /**
     * The same decision on a given environment. {@link DemoDataLoader} asks it again when it starts:
     * with Spring's build-time AOT processing ({@code -Paot}, decision 0037) the condition was
     * evaluated once, on the build's environment, and must not load the demo into a database the
     * run points at (MariaDB) or when the run turns the demo off.
     */
    static ConditionOutcome outcome(PropertyResolver environment) {
        String setting = environment.getProperty("portal.demo.enabled", "auto").strip();
        if (!"auto".equalsIgnoreCase(setting)) {
            boolean on = Boolean.parseBoolean(setting);
            return new ConditionOutcome(on, "portal.demo.enabled=" + setting);
        }
        String url = environment.getProperty("spring.datasource.url", "");
        return new ConditionOutcome(url.startsWith("jdbc:h2:"), "auto: datasource " + url);
    }
}
