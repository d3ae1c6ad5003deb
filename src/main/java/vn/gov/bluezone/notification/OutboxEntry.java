package vn.gov.bluezone.notification;

import java.time.Instant;

/** A message of the outbox as the administrator's view shows it. */
public record OutboxEntry(long id, MessageKind kind, String recipients, String copyTo, String subject, String body,
        String attachmentName, MessageStatus status, int attempts, Instant nextAttemptAt, String lastError,
        Instant createdAt, Instant sentAt, long version) {
}
