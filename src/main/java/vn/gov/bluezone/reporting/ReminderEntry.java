package vn.gov.bluezone.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** A reminder as the commune sees it. */
public record ReminderView(LocalDate reportDate, String message, String sentBy, String senderUnit, Instant sentAt) {
}
