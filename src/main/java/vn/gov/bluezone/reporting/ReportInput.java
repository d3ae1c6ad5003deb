package vn.gov.bluezone.reporting;

import java.time.LocalDate;
import java.util.Map;

import vn.gov.bluezone.shared.InputText;

/**
 * What a commune officer sends: the report's id and version when it exists (null for a new one),
 * the figures and texts, and the confirmations the portal asked for. The texts are cleaned here,
 * whoever builds the record (the form, the API, the demo data), before any length is counted: the
 * signer's name and title as one line, the other texts as lines (see {@link InputText}).
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

    public ReportInput {
        otherForms = InputText.block(otherForms);
        results = InputText.block(results);
        difficulties = InputText.block(difficulties);
        proposals = InputText.block(proposals);
        signerName = InputText.line(signerName);
        signerTitle = InputText.line(signerTitle);
    }

    public ReportInput withConfirmations(boolean aboveLimits, boolean jump) {
        return new ReportInput(reportId, expectedVersion, campaignId, reportDate, cumulativeInstalls, work, otherForms,
                results, difficulties, proposals, signerName, signerTitle, aboveLimits, jump);
    }
}
