package vn.gov.bluezone.reporting;

import java.time.LocalDate;
import java.util.Map;

/**
 * What a commune officer sends: the report's id and version when it exists (null for a new one),
 * the figures and texts, and the confirmations the portal asked for.
 */
public record ReportInput(
        Long reportId,
        long expectedVersion,
        long campaignId,
        LocalDate reportDate,
        Long cumulativeInstalls,
        Map<String, Long> work,
        String otherForms,
        String results,
        String difficulties,
        String proposals,
        String signerName,
        String signerTitle,
        boolean confirmAboveLimits,
        boolean confirmJump) {

    public ReportInput withConfirmations(boolean aboveLimits, boolean jump) {
        return new ReportInput(reportId, expectedVersion, campaignId, reportDate, cumulativeInstalls, work, otherForms,
                results, difficulties, proposals, signerName, signerTitle, aboveLimits, jump);
    }
}
