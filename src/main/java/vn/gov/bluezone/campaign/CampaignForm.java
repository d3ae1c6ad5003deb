package vn.gov.bluezone.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What a provincial officer fills in to create or edit a campaign. */
public record CampaignForm(
        long provinceId,
        String name,
        String directiveNumber,
        LocalDate directiveDate,
        String issuingUnit,
        LocalDate startDate,
        LocalDate targetDate,
        BigDecimal targetPercent,
        TargetDenominator denominator,
        LocalTime cutoffTime,
        String receivingOffice,
        String focalName,
        String focalPhone,
        String focalEmail,
        boolean copyToParent,
        Thresholds thresholds,
        List<WorkForm> workForms,
        List<Material> materials) {
}
