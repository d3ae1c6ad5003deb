package vn.gov.bluezone.notification;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.hierarchy.HierarchyService;
import vn.gov.bluezone.reporting.ReportSubmitted;
import vn.gov.bluezone.shared.VietnameseFormats;

/**
 * A submitted or amended commune report goes to the campaign's focal point, with a copy to the
 * district office when the campaign asks for it, the report's PDF attached. Written to the outbox
 * in the submitting transaction (the event is published inside it).
 */
@Component
class ReportMail {

    private final Outbox outbox;
    private final HierarchyService hierarchy;
    ReportMail(Outbox outbox, HierarchyService hierarchy) {
        this.outbox = outbox;
        this.hierarchy = hierarchy;
    }

    @EventListener
    void on(ReportSubmitted report) {
        // runs in the submitting commune's request and scope (a Vaadin request keeps the user's
        // security context, so this must not rely on SystemAccess): its district's office address is
        // readable from there; the campaign comes with the event, as the submission read it
        CampaignDetails campaign = report.campaign();
        List<String> to = new ArrayList<>();
        if (campaign.focalEmail() != null) {
            to.add(campaign.focalEmail());
        } else if (campaign.receivingOffice() != null && campaign.receivingOffice().email() != null) {
            to.add(campaign.receivingOffice().email());
        }
        List<String> copy = new ArrayList<>();
        if (campaign.copyToParent()) {
            hierarchy.parentOfficeEmail(report.unitId()).ifPresent(copy::add);
        }
        if (to.isEmpty()) {
            to.addAll(copy);
            copy.clear();
        }
        String date = VietnameseFormats.date(report.reportDate());
        String recipient = MailTexts.receivingOffice(campaign);
        outbox.add(new MailRequest(MessageKind.REPORT_SUBMITTED, null, report.unitPath(), to, copy,
                MailTexts.text(report.amended() ? "report.subjectAmended" : "report.subject", date,
                        report.communeName()),
                MailTexts.text(report.amended() ? "report.bodyAmended" : "report.body", date, report.communeName(),
                        recipient, VietnameseFormats.count(report.cumulativeInstalls()),
                        VietnameseFormats.percent(report.cumulativeInstalls(), report.population())),
                "report:" + report.reportId(),
                MailTexts.text("report.attachment", report.reportDate().toString(), report.unitPath()
                        .replaceAll("^/|/$", "").replace('/', '-'))));
    }
}
