package vn.gov.bluezone.shared;

import org.springframework.stereotype.Component;

/**
 * The caller's scope inside every repository query: a {@code @Query} filters with
 * {@code u.path like :#{@callerScope.pattern()}} (or compares with {@code :#{@callerScope.path()}}),
 * and Spring Data evaluates it from {@link Callers#current()} when the query runs. So no finder takes
 * a scope from its caller, and a read across scopes is only possible through a finder named
 * {@code findAcrossScopes...} (decision 0025).
 *
 * <p>A bean that the query names, evaluated in {@link ScopedQueryContext}, not an
 * {@code EvaluationContextExtension}: Spring Data rebuilds every extension's adapters (by reflection)
 * each time a query runs, which cost the 15:00 burst about 8 % of its throughput.
 */
@Component(CallerScope.BEAN)
public class CallerScope {

    /** The name queries use: {@code @callerScope}. */
    public static final String BEAN = "callerScope";

    private final Callers callers;

    CallerScope(Callers callers) {
        this.callers = callers;
    }

    /** The {@code LIKE} pattern of the caller's scope ("/80/802/%"); matches nothing for nobody. */
    public String pattern() {
        return callers.current().scope().likePattern();
    }

    /** The caller's scope path ("/80/802/"; "/" for everything, "" for nobody). */
    public String path() {
        return callers.current().scope().path();
    }
}
