package vn.gov.bluezone.audit;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads the audit log. Changes are recorded inside the caller's transaction, so an
 * entry exists exactly when the change does; login events, which have no business transaction,
 * get their own.
 */
@Service
public class AuditLog {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditLog(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
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
        return entries.search(actor == null || actor.isBlank() ? null : actor.strip(), action, from, pageable);
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }
}
