package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.oversight.ui.DashboardView;
import vn.gov.bluezone.shared.ui.PortalChart;

/** The dashboards on the historical campaign of dispatch 4937, figures checked in their tables. */
@PortalSpringTest
class DashboardUiTest extends SpringBrowserlessTest {

    static final String HISTORIC = "Triển khai cài đặt ứng dụng Bluezone (CV 4937/UBND-VHXH)";

    @Test
    @WithUserDetails("tinh.sotttt")
    void theProvinceSeesCoverageOverTimeTheDaysStatusesAndItsDistricts() {
        open();
        Grid<?> coverage = $(Grid.class).id("table-coverage");
        assertThat(test(coverage).size()).isEqualTo(8);
        assertThat(test(coverage).getCellText(0, 0)).isEqualTo("13/08/2020");
        // on 13/8/2020 the 187,315 installs are 17,89 % of the estimated smartphone users (62 % of 1,688,547)
        assertThat(test(coverage).getCellText(0, 1)).isEqualTo("17,89 %");
        Grid<?> statuses = $(Grid.class).id("table-status");
        assertThat(test(statuses).size()).isEqualTo(4);
        assertThat(test(statuses).getCellText(0, 0)).isEqualTo("Đúng hạn");
        long communes = 0;
        for (int i = 0; i < 4; i++) {
            communes += Long.parseLong(test(statuses).getCellText(i, 1).replace(".", ""));
        }
        assertThat(communes).isEqualTo(188);
        Grid<?> districts = $(Grid.class).id("table-units");
        assertThat(test(districts).size()).isEqualTo(15);
        assertThat($(PortalChart.class).id("chart-units").getOptionJson()).contains("\"type\":\"bar\"", "Huyện Đức Hòa");
        assertThat($(PortalChart.class).id("chart-coverage").getOptionJson()).contains("\"type\":\"line\"", "13/08/2020");
        // no boundaries for Long An's communes of 2020 here: the map says so and where they are imported
        assertThat($(Paragraph.class).id("coverage-map-missing").getText())
                .startsWith("Chưa có ranh giới các xã của Tỉnh Long An").contains("Nhập danh mục đơn vị");
        assertThat($(PortalChart.class).all()).noneMatch(c -> c.getId().orElse("").equals("coverage-map"));
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void theDistrictSeesItsTwentyCommunes() {
        open();
        assertThat(test($(Grid.class).id("table-units")).size()).isEqualTo(20);
    }

    @Test
    @WithUserDetails("tinh.sotttt")
    void theDistrictsSayHowManyCommunesAreOnAnEarlierDaysFigure() {
        open();
        Span note = $(Span.class).id("dashboard-figures");
        Matcher counts = Pattern.compile("^Số liệu ngày 20/08/2020: (\\d+) xã không báo cáo ngày này.*; (\\d+) xã chưa báo cáo lần nào")
                .matcher(note.getText());
        assertThat(counts.find()).as(note.getText()).isTrue();
        int carried = Integer.parseInt(counts.group(1));
        assertThat(carried).isPositive();
        Grid<?> districts = $(Grid.class).id("table-units");
        Pattern perDistrict = Pattern.compile("\\((\\d+) xã dùng số liệu ngày trước");
        int sum = 0;
        for (int i = 0; i < test(districts).size(); i++) {
            Matcher m = perDistrict.matcher(test(districts).getCellText(i, 1));
            sum += m.find() ? Integer.parseInt(m.group(1)) : 0;
            assertThat(test(districts).getCellText(i, 2)).endsWith("%");
        }
        assertThat(sum).isEqualTo(carried);
    }

    @Test
    @WithUserDetails("huyen.duchoa")
    void aCommuneShowsItsFigureInForceWithItsDayOrADashWithoutShare() {
        open();
        Grid<?> communes = $(Grid.class).id("table-units");
        Pattern figure = Pattern.compile("\\d{1,3}(\\.\\d{3})*( \\(ngày \\d{2}/\\d{2}\\))?|—");
        for (int i = 0; i < test(communes).size(); i++) {
            String text = test(communes).getCellText(i, 1);
            assertThat(text).matches(figure);
            if (text.equals("—")) {
                assertThat(test(communes).getCellText(i, 2)).isEqualTo("—");
            } else {
                assertThat(test(communes).getCellText(i, 2)).endsWith("%");
            }
        }
    }

    private void open() {
        navigate(DashboardView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> campaign = $(Select.class).id("dashboard-campaign");
        test(campaign).selectItem(HISTORIC);
        test($(DatePicker.class).id("dashboard-day")).setValue(LocalDate.of(2020, 8, 20));
    }
}
