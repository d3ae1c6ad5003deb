package vn.gov.bluezone.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.shared.CurrentScope;
import vn.gov.bluezone.shared.InputText;
import vn.gov.bluezone.shared.OutOfScopeException;

/**
 * Records and reads the audit log. Changes are recorded inside the caller's transaction, so an
 * entry exists exactly when the change does; login events, which have no business transaction,
 * get their own.
 */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final CurrentScope currentScope;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, CurrentScope currentScope, Clock clock) {
        this.entries = entries;
        this.currentScope = currentScope;
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

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(String actor, AuditAction action, Instant from, Pageable pageable) {
        return entries.search(InputText.line(actor), action, from, pageable);
    }

    /**
     * The history of one unit, newest first: every change recorded on its path (its reports,
     * baselines, reprimand proposals and decisions), for the officers whose scope covers it (not for
     * the commune itself: a proposal about it is the province's business until it is decided).
     */
    @PreAuthorize("hasAnyRole('ADMIN','PROVINCE_CHAIR','PROVINCE_OFFICER','DISTRICT_OFFICER')")
    @Transactional(readOnly = true)
    public List<AuditEntry> unitHistory(String unitPath, int limit) {
        if (!currentScope.scope().covers(unitPath)) {
            throw new OutOfScopeException();
        }
        return entries.history(unitPath, PageRequest.of(0, Math.max(1, Math.min(limit, 500))));
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }
}
