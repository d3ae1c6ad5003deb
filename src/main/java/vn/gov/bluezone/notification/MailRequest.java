package vn.gov.bluezone.notification;

import java.util.List;

/**
 * A message to put in the outbox. {@code dedupeKey} (optional) makes it exist once;
 * {@code attachmentRef} names a document rendered when the message is sent ("report:12",
 * "document:7").
 */
record MailRequest(MessageKind kind, String dedupeKey, String unitPath, List<String> to, List<String> copyTo,
        String subject, String body, String attachmentRef, String attachmentName) {
}
