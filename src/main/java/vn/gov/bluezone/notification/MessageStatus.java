package vn.gov.bluezone.notification;

/** Where a message stands: waiting (new or to be retried), delivered, or given up after the last attempt. */
public enum MessageStatus {
    PENDING,
    SENT,
    FAILED
}
