package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.documents.DocumentService;
import vn.gov.bluezone.oversight.CommuneDayRow;
import vn.gov.bluezone.oversight.CommunePeriodRow;
import vn.gov.bluezone.oversight.TotalRow;
import vn.gov.bluezone.oversight.ui.OversightView;
import vn.gov.bluezone.reporting.DailyReportService;
import vn.gov.bluezone.reporting.DayStatus;
import vn.gov.bluezone.reporting.ReminderService;
import vn.gov.bluezone.reporting.ReportFixtures;

/** The district's view of its communes for a day, without a browser. */
@PortalSpringTest
class OversightUiTest extends SpringBrowserlessTest {

    @Autowired
    ReportFixtures fixtures;
    @Autowired
    DailyReportService reports;
    @Autowired
    AsUser as;
    @Autowired
    ReminderService reminders;
    @Autowired
    DocumentService documents;

    @Test
    @WithUserDetails("huyen.duchoa")
    void theDistrictSeesItsCommunesWithStatusesTotalsAndExports() {
        LocalDate today = as.call("xa.duclapha", () -> reports.today());
        CampaignDetails campaign = fixtures.campaign(today.minusDays(2), today.plusDays(10));
        as.call("xa.duclapha", () -> reports.submit(ReportFixtures.input(campaign, today.minusDays(1), 1100)));

        navigate(OversightView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> select = $(Select.class).id("oversight-campaign");
        test(select).selectItem(campaign.name());
        var day = $(DatePicker.class).id("oversight-day");
        test(day).setValue(today.minusDays(1));

        @SuppressWarnings("unchecked")
        Grid<CommunePeriodRow> grid = $(Grid.class).id("oversight-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        // yesterday's report sent today is late; the other commune sent nothing
        assertThat(List.of(test(grid).getRow(0).day().status(), test(grid).getRow(1).day().status()))
                .containsExactly(DayStatus.LATE, DayStatus.MISSING);
        @SuppressWarnings("unchecked")
        Grid<TotalRow> totals = $(Grid.class).id("oversight-totals");
        assertThat(test(totals).size()).isEqualTo(2);
        assertThat(test(totals).getCellText(0, 0)).isEqualTo("Huyện Đức Hòa");
        assertThat(test(totals).getCellText(1, 0)).isEqualTo("Tổng cộng");
        assertThat(test(totals).getCellText(1, 2)).isEqualTo("2.100");
        assertThat($(Anchor.class).id("oversight-csv").getText()).isEqualTo("Xuất CSV");
        // one district only: no district filter is offered
        assertThat($(Select.class).all()).noneMatch(s -> s.getId().orElse("").equals("oversight-district"));

        // remind the commune that has not reported
        var silent = test(grid).getRow(1);
        grid.select(silent);
        test($(Button.class).id("oversight-remind")).click();
        assertThat($(TextArea.class).id("reminder-message").getValue())
                .startsWith("Đề nghị UBND xã khẩn trương gửi báo cáo");
        test($(Button.class).id("reminder-send")).click();
        assertThat(as.call(ReportFixtures.OTHER_COMMUNE, () -> reminders.recent(campaign.id()))).hasSize(1);

        @SuppressWarnings("unchecked")
        Select<DayStatus> status = $(Select.class).id("oversight-status");
        test(status).selectItem("Không báo cáo");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).day().code()).isEqualTo("27961");

        // over the two days of the campaign so far, the silent commune missed both
        test($(DatePicker.class).id("oversight-from")).setValue(today.minusDays(2));
        assertThat(test(grid).getRow(0).period().missing()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void aCommuneThatDidNotReportShowsTheFigureInForceWithItsDayOrNothing() throws Exception {
        LocalDate today = as.call("xa.duclapha", () -> reports.today());
        CampaignDetails campaign = fixtures.campaign(today.minusDays(2), today.plusDays(10));
        // Đức Lập Hạ reported the first day only; Tân Phú never reported
        as.call("xa.duclapha", () -> reports.submit(ReportFixtures.input(campaign, today.minusDays(2), 1100)));
        LocalDate day = today.minusDays(1);
        String carriedFrom = DateTimeFormatter.ofPattern("dd/MM").format(today.minusDays(2));

        navigate(OversightView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> select = $(Select.class).id("oversight-campaign");
        test(select).selectItem(campaign.name());
        test($(DatePicker.class).id("oversight-day")).setValue(day);

        @SuppressWarnings("unchecked")
        Grid<CommunePeriodRow> grid = $(Grid.class).id("oversight-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        CommuneDayRow carried = test(grid).getRow(0).day();
        CommuneDayRow never = test(grid).getRow(1).day();
        assertThat(carried.carried()).isTrue();
        assertThat(carried.figureDate()).isEqualTo(today.minusDays(2));
        assertThat(never.hasFigure()).isFalse();
        assertThat(never.carried()).isFalse();
        // columns: name, district, status, submitted at, cumulative, new, % population, % smartphones, gap
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("1.100 (ngày " + carriedFrom + ")");
        assertThat(test(grid).getCellText(0, 5)).isEqualTo("—");
        assertThat(test(grid).getCellText(0, 6)).endsWith("%");
        assertThat(test(grid).getCellText(1, 4)).isEqualTo("—");
        assertThat(test(grid).getCellText(1, 6)).isEmpty();
        assertThat(test(grid).getCellText(1, 7)).isEmpty();
        assertThat(test(grid).getCellText(1, 8)).isEmpty();

        // the district summary says the same: the carried figure with its day, a dash and no share for the other
        byte[] pdf = as.call("huyen.duchoa", () -> documents.districtSummaryPdf(campaign.id(), day, "802"));
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("1.100 (ngày", carriedFrom + ")", "Xã Tân Phú —", "Ghi chú: số liệu kèm ngày");
        }
    }
}
