package vn.gov.bluezone.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.shared.Caller;
import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.InputText;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Requires;

/**
 * Records and reads the audit log. Changes are recorded inside the caller's transaction, so an
 * entry exists exactly when the change does; login events, which have no business transaction,
 * get their own.
 */
@Service
public class AuditLog {

    /** Denied access: one entry per user and path in this window. */
    public static final Duration DENIED_WINDOW = Duration.ofMinutes(1);
    static final int MAX_DENIED_PER_WINDOW = 20;
    private static final int MAX_TARGET = 200;
    private static final String ANONYMOUS = "anonymous";

    private final AuditEntryRepository entries;
    private final Callers callers;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Callers callers, Clock clock) {
        this.entries = entries;
        this.callers = callers;
        this.clock = clock;
    }

    /** Records a change made by the authenticated caller, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String target, String unitPath, String details) {
        entries.save(new AuditEntry(clock.instant(), currentActor(), action, AuditOutcome.SUCCESS, target, unitPath,
                details));
    }

    /** Records an event that stands on its own (a login, a refused request), in a new transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordEvent(String actor, AuditAction action, AuditOutcome outcome, String target, String unitPath,
            String details) {
        entries.save(new AuditEntry(clock.instant(), actor == null ? currentActor() : actor, action, outcome, target,
                unitPath, details));
    }

    /**
     * Records that the signed-in caller was refused {@code path}: a page the role may not open or
     * that does not exist ({@link DeniedAccess#PAGE}), a record outside the scope ({@link
     * DeniedAccess#RECORD}) or an action a service refused ({@link DeniedAccess#ACTION}). Bounded:
     * one entry per user and path per minute, and at most {@value #MAX_DENIED_PER_WINDOW} per user
     * per minute, so reloading a refused page does not flood the log. Nobody signed in: nothing.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenied(String path, DeniedAccess kind) {
        Caller caller = callers.current();
        if (caller.isAnonymous()) {
            return;
        }
        String actor = caller.userName();
        String target = deniedPath(path);
        Instant now = clock.instant();
        Instant since = now.minus(DENIED_WINDOW);
        if (entries.countRecent(actor, AuditAction.ACCESS_DENIED, target, since) > 0
                || entries.countRecent(actor, AuditAction.ACCESS_DENIED, null, since) >= MAX_DENIED_PER_WINDOW) {
            return;
        }
        entries.save(new AuditEntry(now, actor, AuditAction.ACCESS_DENIED, AuditOutcome.DENIED, target, null,
                kind.name()));
    }

    /** The path as typed, on one line, with a leading slash, short enough for the target column. */
    static String deniedPath(String path) {
        String oneLine = (path == null ? "" : path).replaceAll("\\p{Cntrl}", "?");
        String withSlash = oneLine.startsWith("/") ? oneLine : "/" + oneLine;
        return withSlash.length() <= MAX_TARGET ? withSlash : withSlash.substring(0, MAX_TARGET);
    }

    @Requires(Permission.READ_AUDIT)
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(String actor, AuditAction action, Instant from, Pageable pageable) {
        return entries.search(InputText.line(actor), action, from, pageable);
    }

    /**
     * The history of one unit, newest first: every change recorded on its path (its reports,
     * baselines, reprimand proposals and decisions), for the officers whose scope covers it (not for
     * the commune itself: a proposal about it is the province's business until it is decided).
     */
    @Requires(Permission.READ_OVERSIGHT)
    @Transactional(readOnly = true)
    public List<AuditEntry> unitHistory(String unitPath, int limit) {
        if (!callers.current().covers(unitPath)) {
            throw new OutOfScopeException();
        }
        return entries.history(unitPath, PageRequest.of(0, Math.max(1, Math.min(limit, 500))));
    }

    private String currentActor() {
        Caller caller = callers.current();
        return caller.isAnonymous() ? ANONYMOUS : caller.userName();
    }
}
