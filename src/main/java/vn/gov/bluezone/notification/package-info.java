/**
 * Notifications: the mail outbox (written in the transaction of the change that causes a
 * message), the sender that delivers it over SMTP with retry and back-off, and the messages the
 * campaign sends. Scheduled jobs hold a ShedLock lock so they run once across nodes.
 */
package vn.gov.bluezone.notification;
