package vn.gov.bluezone.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.CampaignStatus;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.oversight.CommuneDayRow;
import vn.gov.bluezone.oversight.OversightFilter;
import vn.gov.bluezone.oversight.OversightService;
import vn.gov.bluezone.oversight.TotalRow;
import vn.gov.bluezone.reporting.DayStatus;
import vn.gov.bluezone.reporting.ReportingRules;
import vn.gov.bluezone.shared.PortalTime;
import vn.gov.bluezone.shared.SystemAccess;
import vn.gov.bluezone.shared.VietnameseFormats;

/**
 * The campaign's scheduled mail, on the injected clock in Hanoi time: from {@code reminderLead}
 * before the cut-off, a reminder to each commune that has not reported; after the cut-off, the
 * list of missing communes to each district; from {@code summaryAt} the next morning, the day's
 * summary to the campaign's focal point. Each message has a dedupe key (campaign, day, unit), so
 * running the job again, or on another node, adds nothing; the job also holds a ShedLock lock.
 */
@Component
class CampaignMailJobs {

    private static final Logger log = LoggerFactory.getLogger(CampaignMailJobs.class);

    private final CampaignService campaigns;
    private final OversightService oversight;
    private final HierarchyService hierarchy;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration reminderLead;
    private final LocalTime summaryAt;

    CampaignMailJobs(CampaignService campaigns, OversightService oversight, HierarchyService hierarchy, Outbox outbox,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${portal.mail.reminder-lead:PT1H}") Duration reminderLead,
            @Value("${portal.mail.summary-at:07:00}") LocalTime summaryAt) {
        this.campaigns = campaigns;
        this.oversight = oversight;
        this.hierarchy = hierarchy;
        this.outbox = outbox;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.reminderLead = reminderLead;
        this.summaryAt = summaryAt;
    }

    @Scheduled(fixedDelayString = "${portal.mail.jobs-poll:PT1M}", initialDelayString = "${portal.mail.jobs-poll:PT1M}")
    // held at least 30 s: a second node whose timer fires just after this run ends skips its turn
    @SchedulerLock(name = "campaign-mail", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    void scheduled() {
        int campaignsLooked = run();
        log.debug("Campaign mail jobs ran on this node: {} campaigns looked at", campaignsLooked);
    }

    /** Writes whatever is due now to the outbox; returns how many campaigns were looked at. */
    int run() {
        return SystemAccess.runAsSystem(() -> {
            Instant now = clock.instant();
            LocalDate today = LocalDate.ofInstant(now, PortalTime.ZONE);
            LocalTime timeOfDay = LocalTime.ofInstant(now, PortalTime.ZONE);
            int looked = 0;
            for (CampaignDetails campaign : campaigns.visibleCampaigns()) {
                if (campaign.status() != CampaignStatus.ACTIVE && campaign.status() != CampaignStatus.CLOSED) {
                    continue;
                }
                looked++;
                Instant cutoff = ReportingRules.cutoff(today, campaign.cutoffTime());
                if (campaign.status() == CampaignStatus.ACTIVE && campaign.acceptsReportsFor(today)) {
                    if (!now.isBefore(cutoff.minus(reminderLead)) && now.isBefore(cutoff)) {
                        transaction.executeWithoutResult(s -> reminders(campaign, today));
                    }
                    if (!now.isBefore(cutoff)) {
                        transaction.executeWithoutResult(s -> missingLists(campaign, today));
                    }
                }
                LocalDate yesterday = today.minusDays(1);
                if (campaign.acceptsReportsFor(yesterday) && !timeOfDay.isBefore(summaryAt)) {
                    transaction.executeWithoutResult(s -> summary(campaign, yesterday));
                }
            }
            return looked;
        });
    }

    private List<CommuneDayRow> communes(CampaignDetails campaign, LocalDate day) {
        return oversight.communes(OversightFilter.of(campaign.id(), day), Pageable.unpaged()).getContent();
    }

    private void reminders(CampaignDetails campaign, LocalDate day) {
        List<CommuneDayRow> silent = communes(campaign, day).stream().filter(r -> r.status() == DayStatus.PENDING)
                .toList();
        Map<Long, String> emails = hierarchy.officeEmails(silent.stream().map(CommuneDayRow::unitId).toList());
        String date = VietnameseFormats.date(day);
        String deadline = campaign.cutoffTime().toString();
        String at = LocalTime.ofInstant(clock.instant(), PortalTime.ZONE).withSecond(0).withNano(0).toString();
        for (CommuneDayRow commune : silent) {
            String email = emails.get(commune.unitId());
            if (email == null) {
                continue;
            }
            outbox.add(new MailRequest(MessageKind.REMINDER, "reminder:" + campaign.id() + ":" + day + ":" + commune.unitId(),
                    path(campaign, commune), List.of(email), List.of(),
                    MailTexts.text("reminder.subject", date, deadline),
                    MailTexts.text("reminder.body", date, deadline, commune.name(), at, campaign.name()), null, null));
        }
    }

    private void missingLists(CampaignDetails campaign, LocalDate day) {
        Map<Long, List<CommuneDayRow>> byDistrict = new LinkedHashMap<>();
        List<CommuneDayRow> withoutDistrict = new ArrayList<>();
        for (CommuneDayRow row : communes(campaign, day)) {
            if (row.status() == DayStatus.MISSING) {
                if (row.districtId() != null) {
                    byDistrict.computeIfAbsent(row.districtId(), id -> new ArrayList<>()).add(row);
                } else {
                    withoutDistrict.add(row);
                }
            }
        }
        missingListToReceivingOffice(campaign, day, withoutDistrict);
        Map<Long, String> emails = hierarchy.officeEmails(byDistrict.keySet());
        String date = VietnameseFormats.date(day);
        byDistrict.forEach((districtId, missing) -> {
            String email = emails.get(districtId);
            if (email == null) {
                return;
            }
            String district = missing.getFirst().districtName();
            StringBuilder list = new StringBuilder();
            missing.forEach(r -> list.append("- ").append(r.name()).append('\n'));
            outbox.add(new MailRequest(MessageKind.MISSING_LIST, "missing:" + campaign.id() + ":" + day + ":" + districtId,
                    campaign.provincePath() + missing.getFirst().districtCode() + "/", List.of(email), List.of(),
                    MailTexts.text("missing.subject", date, district),
                    MailTexts.text("missing.body", date, district, campaign.cutoffTime().toString(), missing.size(),
                            list.toString().strip(), campaign.name()), null, null));
        });
    }

    /**
     * The communes without a district (a two-level province) that have not reported: one list to
     * the campaign's receiving office (its email, else the focal point's), which follows them up.
     */
    private void missingListToReceivingOffice(CampaignDetails campaign, LocalDate day, List<CommuneDayRow> missing) {
        String email = campaign.receivingOffice() != null && campaign.receivingOffice().email() != null
                ? campaign.receivingOffice().email() : campaign.focalEmail();
        if (missing.isEmpty() || email == null) {
            return;
        }
        String date = VietnameseFormats.date(day);
        StringBuilder list = new StringBuilder();
        missing.forEach(r -> list.append("- ").append(r.name()).append('\n'));
        String office = MailTexts.receivingOffice(campaign);
        outbox.add(new MailRequest(MessageKind.MISSING_LIST, "missing:" + campaign.id() + ":" + day + ":office",
                campaign.provincePath(), List.of(email), List.of(),
                MailTexts.text("missing.officeSubject", date, campaign.provinceName()),
                MailTexts.text("missing.officeBody", date, office, campaign.cutoffTime().toString(), missing.size(),
                        list.toString().strip(), campaign.name()), null, null));
    }

    private void summary(CampaignDetails campaign, LocalDate day) {
        if (campaign.focalEmail() == null) {
            return;
        }
        List<TotalRow> totals = oversight.totals(OversightFilter.of(campaign.id(), day));
        TotalRow total = totals.getLast();
        String date = VietnameseFormats.date(day);
        outbox.add(new MailRequest(MessageKind.MORNING_SUMMARY, "summary:" + campaign.id() + ":" + day,
                campaign.provincePath(), List.of(campaign.focalEmail()), List.of(),
                MailTexts.text("summary.subject", date, campaign.name()),
                MailTexts.text("summary.body", date, campaign.name(), MailTexts.receivingOffice(campaign), total.communes(), total.onTime(), total.late(),
                        total.missing(), VietnameseFormats.count(total.cumulative()),
                        VietnameseFormats.percent(total.cumulative(), total.population()),
                        VietnameseFormats.percent(total.cumulative(), total.denominator())), null, null));
    }

    private static String path(CampaignDetails campaign, CommuneDayRow commune) {
        return campaign.provincePath() + (commune.districtCode() == null ? "" : commune.districtCode() + "/")
                + commune.code() + "/";
    }
}
