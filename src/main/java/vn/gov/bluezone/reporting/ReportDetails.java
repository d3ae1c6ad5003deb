package vn.gov.bluezone.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A report as screens and other modules read it, with its day status and the figures around it.
 * {@code submittedBy} is a login name; {@code returnedBy} the returning officer's full name.
 */
public record ReportDetails(
        long id,
        long campaignId,
        long unitId,
        String unitName,
        LocalDate reportDate,
        long cumulativeInstalls,
        long newInstalls,
        long population,
        long smartphoneUsers,
        long paceInstalls,
        Map<String, Long> work,
        String otherForms,
        String results,
        String difficulties,
        String proposals,
        String signerName,
        String signerTitle,
        ReportStatus status,
        DayStatus dayStatus,
        Instant firstSubmittedAt,
        Instant lastSubmittedAt,
        String submittedBy,
        String returnComment,
        String returnedBy,
        boolean aboveLimits,
        boolean jumpFlagged,
        String signedCopyName,
        long version) {
}
