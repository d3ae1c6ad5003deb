package vn.gov.bluezone.demo;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@code portal.demo.enabled}: {@code true} or {@code false} as set; when unset ({@code auto}),
 * demo data loads only when the datasource is the embedded H2 database. A MariaDB deployment thus
 * starts clean unless someone asks for the demo on purpose.
 */
class DemoDataEnabled extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String setting = context.getEnvironment().getProperty("portal.demo.enabled", "auto").strip();
        if (!"auto".equalsIgnoreCase(setting)) {
            boolean on = Boolean.parseBoolean(setting);
            return new ConditionOutcome(on, "portal.demo.enabled=" + setting);
        }
        String url = context.getEnvironment().getProperty("spring.datasource.url", "");
        return new ConditionOutcome(url.startsWith("jdbc:h2:"), "auto: datasource " + url);
    }
}
