package vn.gov.bluezone.reporting;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reminder to one commune about one report day. */
@Entity
@Table(name = "reminder")
class Reminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "campaign_id", nullable = false)
    private long campaignId;
    @Column(name = "unit_id", nullable = false)
    private long unitId;
    @Column(name = "unit_path", nullable = false, length = 255)
    private String unitPath;
    @Column(name = "report_date", nullable = false)
    private LocalDate reportDate;
    @Column(nullable = false, length = 500)
    private String message;
    @Column(name = "sent_by", nullable = false, length = 50)
    private String sentBy;
    @Column(name = "sender_unit", length = 150)
    private String senderUnit;
    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Reminder() {
    }

    Reminder(long campaignId, long unitId, String unitPath, LocalDate reportDate, String message, String sentBy,
            String senderUnit, Instant sentAt) {
        this.campaignId = campaignId;
        this.unitId = unitId;
        this.unitPath = unitPath;
        this.reportDate = reportDate;
        this.message = message;
        this.sentBy = sentBy;
        this.senderUnit = senderUnit;
        this.sentAt = sentAt;
    }

    ReminderEntry view() {
        return new ReminderEntry(reportDate, message, sentBy, senderUnit, sentAt);
    }
}
