package vn.gov.bluezone.reporting;

import java.time.Instant;

/**
 * A step of a report's history. {@code action} says what it did; {@code changes} holds "field: old → new" lines (or the return comment). {@code actor}
 * is the login name, {@code actorName} the account's full name (the login name when it is gone).
 */
public record RevisionEntry(Instant occurredAt, String actor, String actorName, RevisionAction action, String changes) {
}
