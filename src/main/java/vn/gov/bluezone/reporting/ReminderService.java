package vn.gov.bluezone.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditLog;
import vn.gov.bluezone.campaign.Baseline;
import vn.gov.bluezone.campaign.BaselineService;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.hierarchy.UnitSummary;
import vn.gov.bluezone.shared.Callers;
import vn.gov.bluezone.shared.Permission;
import vn.gov.bluezone.shared.Requires;
import vn.gov.bluezone.shared.ValidationException;
import vn.gov.bluezone.shared.VietnameseText;

/**
 * Reminders from a district or the province to communes in its scope about a report day. The
 * commune sees them on its report form; email delivery is the notifications module's.
 */
@Service
public class ReminderService {

    static final int MAX_MESSAGE = 500;
    static final Duration SHOWN_FOR = Duration.ofDays(7);

    private final ReminderRepository reminders;
    private final BaselineService baselines;
    private final HierarchyService hierarchy;
    private final Callers callers;
    private final AuditLog auditLog;
    private final Clock clock;

    ReminderService(ReminderRepository reminders, BaselineService baselines, HierarchyService hierarchy,
            Callers callers, AuditLog auditLog, Clock clock) {
        this.reminders = reminders;
        this.baselines = baselines;
        this.hierarchy = hierarchy;
        this.callers = callers;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Records a reminder to each of the given communes; every one must be in the caller's scope. */
    @Requires(Permission.REMIND)
    @Transactional
    public int remind(long campaignId, LocalDate day, List<Long> communeIds, String message) {
        String text = VietnameseText.trimToNull(message);
        if (text == null || text.length() > MAX_MESSAGE) {
            throw new ValidationException(Map.of("message", "reminder.error.message"));
        }
        if (communeIds.isEmpty()) {
            throw new ValidationException(Map.of("communes", "reminder.error.noCommune"));
        }
        String sender = hierarchy.ownUnit().map(UnitSummary::name).orElse(null);
        Instant now = clock.instant();
        String actor = callers.current().userName();
        for (long communeId : communeIds) {
            Baseline baseline = baselines.baseline(campaignId, communeId);
            UnitSummary commune = hierarchy.get(baseline.unitId());
            reminders.save(new Reminder(campaignId, commune.id(), commune.path(), day, text, actor, sender, now));
            auditLog.record(AuditAction.REMINDER_SENT, commune.code() + " " + day, commune.path(), text);
        }
        return communeIds.size();
    }

    /** The reminders of the last seven days addressed to the caller's scope (a commune: its own). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ReminderEntry> recent(long campaignId) {
        return reminders.findRecent(campaignId, clock.instant().minus(SHOWN_FOR))
                .stream().map(Reminder::view).toList();
    }
}
