package vn.gov.bluezone.shared;

/**
 * Where every service learns who is calling. Implemented by the identity module from the signed-in
 * user (or the system inside {@link SystemAccess#runAsSystem}); services ask it instead of trusting
 * a scope or a name passed in by a view, and instead of reading the security context themselves.
 */
public interface Callers {

    /** The caller of this thread now; {@link Caller#anonymous()} when nobody is signed in. */
    Caller current();

    /**
     * The task, to run on another thread as the caller of this thread now: a worker sees the same
     * user (or the system) and so the same role and scope, and is left as it was afterwards.
     */
    Runnable carryingCaller(Runnable task);
}
