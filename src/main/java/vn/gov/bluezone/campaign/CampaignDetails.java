package vn.gov.bluezone.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import vn.gov.bluezone.directory.OfficeSummary;

/**
 * A campaign as the rest of the portal reads it, with the directory's entries of its receiving
 * office and drafting division (null when the campaign names none): documents and mail take the
 * offices' names from here, so a commune reads its province's offices through its campaign.
 */
public record CampaignDetails(
        long id,
        long provinceId,
        String provinceName,
        String provincePath,
        String name,
        String directiveNumber,
        LocalDate directiveDate,
        String issuingUnit,
        LocalDate startDate,
        LocalDate targetDate,
        BigDecimal targetPercent,
        TargetDenominator denominator,
        LocalTime cutoffTime,
        OfficeSummary receivingOffice,
        OfficeSummary draftingOffice,
        String focalName,
        String focalPhone,
        String focalEmail,
        boolean copyToParent,
        Thresholds thresholds,
        CampaignStatus status,
        LocalDate closedOn,
        boolean demoEstimates,
        List<WorkForm> workForms,
        List<Material> materials,
        long version) {

    /** The last day reports may carry: the closing day, or none while the campaign runs. */
    public boolean acceptsReportsFor(LocalDate date) {
        return !date.isBefore(startDate) && (closedOn == null || !date.isAfter(closedOn));
    }
}
