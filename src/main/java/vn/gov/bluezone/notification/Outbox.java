package vn.gov.bluezone.notification;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.shared.OutOfScopeException;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.PortalException;
import vn.gov.bluezone.shared.Requires;

/**
 * The outbox: messages are added inside the transaction of the change that causes them, so a
 * message exists exactly when its change does, whether or not a mail server is reachable. The
 * administrator lists them and retries one.
 */
@Service
public class Outbox {

    private final OutboxRepository messages;
    private final AuditLog auditLog;
    private final Clock clock;

    Outbox(OutboxRepository messages, AuditLog auditLog, Clock clock) {
        this.messages = messages;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Adds a message in the caller's transaction; a message with a dedupe key already there is not added again. */
    @Transactional(propagation = Propagation.MANDATORY)
    void add(MailRequest request) {
        if (request.to().isEmpty()) {
            return;
        }
        if (request.dedupeKey() != null && messages.existsByDedupeKey(request.dedupeKey())) {
            return;
        }
        messages.save(new OutboxMessage(request, clock.instant()));
    }

    @Requires(Permission.MANAGE_OUTBOX)
    @Transactional(readOnly = true)
    public Page<OutboxEntry> list(MessageStatus status, Pageable pageable) {
        return messages.search(status, pageable).map(OutboxMessage::view);
    }

    /** Makes a message due again now, with a fresh set of attempts (a failed one, or a pending one to hurry). */
    @Requires(Permission.MANAGE_OUTBOX)
    @Transactional
    public OutboxEntry retry(long id, long expectedVersion) {
        OutboxMessage message = messages.findById(id).orElseThrow(OutOfScopeException::new);
        if (message.getVersion() != expectedVersion) {
            throw new PortalException("error.conflict");
        }
        if (message.getStatus() == MessageStatus.SENT) {
            throw new PortalException("outbox.error.alreadySent");
        }
        message.retry(clock.instant());
        auditLog.record(AuditAction.MAIL_RETRIED, "mail:" + id, "/", message.getSubject());
        return messages.save(message).view();
    }
}
