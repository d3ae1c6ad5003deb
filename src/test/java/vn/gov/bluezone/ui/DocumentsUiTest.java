package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;

import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.documents.IssuedVersion;
import vn.gov.bluezone.documents.ui.DocumentsView;

/** The provincial summary generated off the UI thread, with a progress bar, then offered for download. */
@PortalSpringTest
class DocumentsUiTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("tinh.sotttt")
    void theProvinceGeneratesItsSummaryInTheBackground() throws InterruptedException {
        navigate(DocumentsView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> campaign = $(Select.class).id("documents-campaign");
        test(campaign).selectItem("Triển khai cài đặt ứng dụng Bluezone (CV 4937/UBND-VHXH)");
        test($(DatePicker.class).id("documents-day")).setValue(LocalDate.of(2020, 8, 20));
        test($(Button.class).id("documents-province-pdf")).click();
        assertThat($(ProgressBar.class).id("documents-progress").isVisible()).isTrue();
        for (int i = 0; i < 100 && $(Anchor.class).all().stream()
                .noneMatch(a -> a.getId().orElse("").equals("documents-download")); i++) {
            Thread.sleep(100);
            roundTrip();
        }
        assertThat($(Anchor.class).id("documents-download").getText()).isEqualTo("Tải tong-hop-tinh.pdf");
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void theDistrictIssuesItsSummaryAndSeesItInItsRegister() {
        navigate(DocumentsView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> campaign = $(Select.class).id("documents-campaign");
        test(campaign).selectItem("Triển khai cài đặt ứng dụng Bluezone (CV 4937/UBND-VHXH)");
        test($(DatePicker.class).id("documents-day")).setValue(LocalDate.of(2020, 8, 19));
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").equals("documents-issue-province"));
        test($(Button.class).id("documents-issue-district")).click();
        String outcome = $(Paragraph.class).id("documents-issue-outcome").getText();
        assertThat(outcome).matches("(Đã ban hành văn bản số|Văn bản số) \\d{2,}/BC-UBND.*");
        String reference = outcome.replaceAll(".*?(\\d{2,}/BC-UBND).*", "$1");
        @SuppressWarnings("unchecked")
        var register = (Grid<IssuedVersion>) $(
                Grid.class).id("documents-register");
        assertThat(test(register).size()).isGreaterThan(0);
        var row = register.getListDataView().getItems().filter(v -> v.document().reference().equals(reference))
                .findFirst().orElseThrow();
        assertThat(row.standing()).isEqualTo(IssuedVersion.Standing.CURRENT);
        assertThat(row.document().issuedBy()).isEqualTo("huyen.duchoa");
        // the register names the issuer as a person
        int index = register.getListDataView().getItems().toList().indexOf(row);
        assertThat(test(register).getCellText(index, 3)).isEqualTo("Lê Văn Hòa");
        // signed at issue by the officer and the district's committee, and the register says so
        assertThat(row.document().signed()).isTrue();
        assertThat(test(register).getCellText(index, 4)).startsWith("Ký số: Lê Văn Hòa – ")
                .isEqualTo("Ký số: Lê Văn Hòa – " + row.document().signedFor());
    }

    @Test
    @WithUserDetails("xa.duclapha")
    void aCommuneSeesOnlyItsRegister() {
        navigate(DocumentsView.class);
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("documents-"));
        assertThat($(Grid.class).id("documents-register")).isNotNull();
    }
}
