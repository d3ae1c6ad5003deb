package vn.gov.bluezone;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.gov.bluezone.campaign.CampaignForm;
import vn.gov.bluezone.campaign.Material;
import vn.gov.bluezone.campaign.TargetDenominator;
import vn.gov.bluezone.campaign.Thresholds;
import vn.gov.bluezone.campaign.WorkForm;
import vn.gov.bluezone.compliance.ProposalRequest;
import vn.gov.bluezone.compliance.ReprimandLevel;
import vn.gov.bluezone.hierarchy.UnitFilter;
import vn.gov.bluezone.identity.Role;
import vn.gov.bluezone.identity.UserDetailsForm;
import vn.gov.bluezone.reporting.ReportInput;

/**
 * Every record a view or the API fills with typed text cleans it when it is built, so each service
 * checks and stores clean, composed text whoever called it (decision 0016).
 */
class InputRecordsTest {

    /** "Phạm Thị Lập" decomposed, wrapped in a byte-order mark, a zero-width space, NUL and a right-to-left override. */
    static final String TYPED = "\uFEFF" + nfd("Phạm Thị") + "\u200B " + nfd("Lập") + "\u0000\u202E";
    static final String CLEAN = "Phạm Thị Lập";

    @Test
    void aReportsTextsAreCleanedTheSignerAsOneLineTheOthersAsLines() {
        ReportInput input = new ReportInput(null, 0, 1, LocalDate.of(2026, 4, 7), 1100L, Map.of(), TYPED,
                TYPED + "\r\n" + TYPED, TYPED, "\u200B\u0000", TYPED + "\t" + TYPED, TYPED + "\n" + TYPED, false, false);
        assertThat(input.otherForms()).isEqualTo(CLEAN);
        assertThat(input.results()).isEqualTo(CLEAN + "\n" + CLEAN);
        assertThat(input.difficulties()).isEqualTo(CLEAN);
        assertThat(input.proposals()).isNull();
        assertThat(input.signerName()).isEqualTo(CLEAN + " " + CLEAN);
        assertThat(input.signerTitle()).isEqualTo(CLEAN + " " + CLEAN);
        assertThat(input.withConfirmations(true, true).signerName()).isEqualTo(CLEAN + " " + CLEAN);
    }

    @Test
    void aUsersDetailsAreCleaned() {
        UserDetailsForm form = new UserDetailsForm("\u202Exa.moi\u200B", TYPED, "\u200Bxa@longan.gov.vn\u0000",
                "\u2066028 3822 1234\u2069", Role.COMMUNE_OFFICER, 1L);
        assertThat(form.username()).isEqualTo("xa.moi");
        assertThat(form.fullName()).isEqualTo(CLEAN);
        assertThat(form.email()).isEqualTo("xa@longan.gov.vn");
        assertThat(form.phone()).isEqualTo("028 3822 1234");
    }

    @Test
    void aCampaignsTextsAreCleanedTheWorkFormsAndMaterialsIncluded() {
        CampaignForm form = new CampaignForm(1, TYPED, "4937/\u200BUBND", null, TYPED, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 5, 1), new BigDecimal("60"), TargetDenominator.POPULATION, LocalTime.of(15, 0), null, null,
                TYPED, "\u2066028 3822 1234", "\uFEFFso@longan.gov.vn", true, Thresholds.defaults(),
                List.of(new WorkForm("\u200BHOUSEHOLDS", TYPED)),
                List.of(new Material(TYPED, "LEAFLET\u0000", "\u202Ehttps://longan.gov.vn/to-roi")));
        assertThat(List.of(form.name(), form.issuingUnit(), form.focalName()))
                .containsOnly(CLEAN);
        assertThat(form.directiveNumber()).isEqualTo("4937/UBND");
        assertThat(form.focalPhone()).isEqualTo("028 3822 1234");
        assertThat(form.focalEmail()).isEqualTo("so@longan.gov.vn");
        assertThat(form.workForms()).containsExactly(new WorkForm("HOUSEHOLDS", CLEAN));
        assertThat(form.materials()).containsExactly(new Material(CLEAN, "LEAFLET", "https://longan.gov.vn/to-roi"));
    }

    @Test
    void aReprimandReasonAndAUnitSearchAreCleaned() {
        assertThat(new ProposalRequest(1, ReprimandLevel.REMIND, TYPED + "\n" + TYPED).reason())
                .isEqualTo(CLEAN + " " + CLEAN);
        assertThat(new ProposalRequest(1, ReprimandLevel.REMIND, "\u200B\u202E").reason()).isNull();
        assertThat(new UnitFilter(TYPED, null).text()).isEqualTo(CLEAN);
        assertThat(new UnitFilter("\u200B", null)).isEqualTo(UnitFilter.ALL);
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }
}
