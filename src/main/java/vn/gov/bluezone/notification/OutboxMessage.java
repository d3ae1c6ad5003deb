package vn.gov.bluezone.notification;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A message in the outbox, with its delivery attempts. */
@Entity
@Table(name = "outbox_message")
class OutboxMessage {

    /** After this many failed attempts a message is given up (FAILED); an administrator can retry it. */
    static final int MAX_ATTEMPTS = 8;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private MessageKind kind;
    @Column(name = "dedupe_key", length = 200)
    private String dedupeKey;
    @Column(name = "unit_path", nullable = false, length = 255)
    private String unitPath;
    @Column(nullable = false, length = 1000)
    private String recipients;
    @Column(name = "copy_to", length = 1000)
    private String copyTo;
    @Column(nullable = false, length = 300)
    private String subject;
    @Column(nullable = false, columnDefinition = "text")
    private String body;
    @Column(name = "attachment_ref", length = 100)
    private String attachmentRef;
    @Column(name = "attachment_name", length = 200)
    private String attachmentName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MessageStatus status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "last_error", length = 1000)
    private String lastError;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Version
    private long version;

    protected OutboxMessage() {
    }

    OutboxMessage(MailRequest request, Instant now) {
        this.kind = request.kind();
        this.dedupeKey = request.dedupeKey();
        this.unitPath = request.unitPath();
        this.recipients = String.join(",", request.to());
        this.copyTo = request.copyTo().isEmpty() ? null : String.join(",", request.copyTo());
        this.subject = request.subject();
        this.body = request.body();
        this.attachmentRef = request.attachmentRef();
        this.attachmentName = request.attachmentName();
        this.status = MessageStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(Instant now) {
        attempts++;
        status = MessageStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** A failed attempt: retry after 30 s, 1 min, 2 min … at most an hour apart, and give up after the last. */
    void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "?" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = MessageStatus.FAILED;
            return;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait);
    }

    /** An administrator's retry: due now, with a fresh set of attempts. */
    void retry(Instant now) {
        status = MessageStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    OutboxEntry view() {
        return new OutboxEntry(id, kind, recipients, copyTo, subject, body, attachmentName, status, attempts,
                nextAttemptAt, lastError, createdAt, sentAt, version);
    }

    Long getId() {
        return id;
    }

    String getRecipients() {
        return recipients;
    }

    String getCopyTo() {
        return copyTo;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    String getAttachmentRef() {
        return attachmentRef;
    }

    String getAttachmentName() {
        return attachmentName;
    }

    MessageStatus getStatus() {
        return status;
    }

    long getVersion() {
        return version;
    }
}
