package vn.gov.bluezone.reporting.ui;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.gov.bluezone.audit.AuditAction;
import vn.gov.bluezone.audit.AuditDetailsReader;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.campaign.WorkForm;
import vn.gov.bluezone.reporting.RevisionAction;

/**
 * The audit entries of a saved, submitted or amended report list the changed fields as the report
 * history stores them ({@code cumulative: 3836 → 3902}); the audit log shows them as the history
 * does, by the form's labels and with vi-VN figures ({@link RevisionTexts}).
 */
@Component
class ReportAuditDetails implements AuditDetailsReader {

    private static final String SEPARATOR = "; ";

    private final CampaignService campaigns;

    ReportAuditDetails(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public Set<AuditAction> actions() {
        return Set.of(RevisionAction.SAVED.auditAction(), RevisionAction.SUBMITTED.auditAction(),
                RevisionAction.AMENDED.auditAction());
    }

    @Override
    public DetailsText prepare(UnaryOperator<String> translate) {
        // the work forms of every campaign the reader may see, by code; campaigns share their codes
        Map<String, String> workLabels = campaigns.visibleCampaigns().stream()
                .flatMap(campaign -> campaign.workForms().stream())
                .collect(Collectors.toMap(WorkForm::code, WorkForm::label, (first, other) -> first));
        return details -> RevisionTexts.changes(details, translate, workLabels).stream()
                .map(change -> change.label() == null ? change.after() : change.text())
                .collect(Collectors.joining(SEPARATOR));
    }
}
