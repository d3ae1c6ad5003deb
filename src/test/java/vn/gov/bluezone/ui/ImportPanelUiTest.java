package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.ui.BaselinesView;
import vn.gov.bluezone.oversight.ui.OversightView;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.ReportFixtures;
import vn.gov.bluezone.shared.ImportProblem;

/**
 * The import panel on the baselines and official-counts screens (the unit list's is in
 * {@link PortalUiTest}): a bad file is refused with its problems by row and nothing stored, a clean
 * one shows the import's own message.
 */
@PortalSpringTest
class ImportPanelUiTest extends SpringBrowserlessTest {

    @Autowired
    ReportFixtures fixtures;
    @Autowired
    DailyReportService reports;
    @Autowired
    AsUser as;

    @Test
    @WithUserDetails("tinh.sotttt")
    void baselinesAreRefusedByRowThenImported() {
        LocalDate today = as.call("xa.duclapha", () -> reports.today());
        CampaignDetails campaign = fixtures.campaign(today.minusDays(2), today.plusDays(10));
        navigate("campaigns/" + campaign.id() + "/baselines", BaselinesView.class);

        upload("baseline-upload", "commune_code,population,smartphone_users,installs_at_start\n"
                + "27958,12000,6000,1000\n99999,1,1,1\n27961,x,1,1\n");
        assertThat($(Paragraph.class).id("baseline-outcome").getText())
                .isEqualTo("Tệp bị từ chối, không có dữ liệu nào được lưu: 2 lỗi.");
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = $(Grid.class).id("baseline-problems");
        assertThat(problems.isVisible()).isTrue();
        assertThat(test(problems).size()).isEqualTo(2);
        assertThat(test(problems).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(problems).getCellText(0, 1)).isEqualTo("Mã xã \"99999\" không có trong tỉnh của chiến dịch.");
        assertThat(test(problems).getCellText(1, 0)).isEqualTo("4");

        upload("baseline-upload", "commune_code,population,smartphone_users,installs_at_start\n27958,12000,6000,1000\n");
        assertThat($(Paragraph.class).id("baseline-outcome").getText())
                .isEqualTo("Đã nhập; 1 xã có số liệu thay đổi.");
        assertThat(problems.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("tinh.sotttt")
    void officialCountsAreRefusedByRowThenImported() {
        LocalDate today = as.call("xa.duclapha", () -> reports.today());
        CampaignDetails campaign = fixtures.campaign(today.minusDays(2), today.plusDays(10));
        navigate(OversightView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> select = $(Select.class).id("oversight-campaign");
        test(select).selectItem(campaign.name());
        test($(TextField.class).id("official-source")).setValue("Bộ TT&TT");

        upload("official-upload", "commune_code,date,installs\n27958,01/01/2000,5\n");
        assertThat($(Paragraph.class).id("official-outcome").getText())
                .isEqualTo("Tệp bị từ chối, không có dữ liệu nào được lưu: 1 lỗi.");
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = $(Grid.class).id("official-problems");
        assertThat(test(problems).getCellText(0, 0)).isEqualTo("2");
        assertThat(test(problems).getCellText(0, 1)).startsWith("Ngày \"01/01/2000\" không hợp lệ");

        String yesterday = today.minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        upload("official-upload", "commune_code,date,installs\n27958," + yesterday + ",1500\n");
        assertThat($(Paragraph.class).id("official-outcome").getText()).isEqualTo("Đã nhập 1 dòng số liệu chính thức.");
        assertThat(problems.isVisible()).isFalse();
    }

    private void upload(String id, String csv) {
        test($(Upload.class).id(id)).upload("file.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        roundTrip();
    }
}
