package vn.gov.bluezone.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** A reminder as the commune sees it. */
public record ReminderEntry(LocalDate reportDate, String message, String sentBy, String senderUnit, Instant sentAt) {
}
