package vn.gov.bluezone.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import vn.gov.bluezone.shared.InputText;

/**
 * What a provincial officer fills in to create or edit a campaign. The receiving office (to which
 * communes address their reports) and the drafting division are entries of the directory of the
 * campaign's province, by id; {@code copyToParent} copies each report to the commune's district,
 * the intermediate level, and only makes sense where the province has one. Every text, those of the work
 * forms and materials included, is cleaned as one line ({@link InputText}) before anything checks it.
 */
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
        Long receivingOfficeId,
        Long draftingOfficeId,
        String focalName,
        String focalPhone,
        String focalEmail,
        boolean copyToParent,
        Thresholds thresholds,
        List<WorkForm> workForms,
        List<Material> materials) {

    public CampaignForm {
        name = InputText.line(name);
        directiveNumber = InputText.line(directiveNumber);
        issuingUnit = InputText.line(issuingUnit);
        focalName = InputText.line(focalName);
        focalPhone = InputText.line(focalPhone);
        focalEmail = InputText.line(focalEmail);
        workForms = workForms == null ? List.of() : workForms.stream()
                .map(form -> form == null ? null : new WorkForm(InputText.line(form.code()), InputText.line(form.label())))
                .toList();
        materials = materials == null ? List.of() : materials.stream()
                .map(item -> item == null ? null : new Material(InputText.line(item.title()), InputText.line(item.kind()),
                        InputText.line(item.link())))
                .toList();
    }
}
