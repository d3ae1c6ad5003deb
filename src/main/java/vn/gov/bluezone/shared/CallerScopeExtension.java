package vn.gov.bluezone.shared;

import org.springframework.data.spel.spi.EvaluationContextExtension;
import org.springframework.stereotype.Component;

/**
 * The caller's scope inside every repository query: a {@code @Query} filters with
 * {@code u.path like :#{scopePattern}} (or compares with {@code :#{scopePath}}), and Spring Data
 * evaluates it from {@link Callers#current()} when the query runs. So no finder takes a scope from
 * its caller, and a read across scopes is only possible through a finder named
 * {@code findAcrossScopes...} (decision 0025).
 */
@Component
public class CallerScopeExtension implements EvaluationContextExtension {

    private final Callers callers;

    CallerScopeExtension(Callers callers) {
        this.callers = callers;
    }

    @Override
    public String getExtensionId() {
        return "caller";
    }

    @Override
    public CallerScope getRootObject() {
        return new CallerScope(callers);
    }

    /** What a query may name: {@code scopePattern} and {@code scopePath}, read when the query runs. */
    public static final class CallerScope {

        private final Callers callers;

        CallerScope(Callers callers) {
            this.callers = callers;
        }

        /** The {@code LIKE} pattern of the caller's scope ("/80/802/%"); matches nothing for nobody. */
        public String getScopePattern() {
            return callers.current().scope().likePattern();
        }

        /** The caller's scope path ("/80/802/"; "/" for everything, "" for nobody). */
        public String getScopePath() {
            return callers.current().scope().path();
        }
    }
}
