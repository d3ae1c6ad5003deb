package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;

import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.compliance.BoardRow;
import vn.gov.bluezone.compliance.ui.ComplianceBoardView;

@PortalSpringTest
class ComplianceBoardUiTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("tinh.lanhdao")
    void theChairSeesEveryCommuneRankedWithLightsFlagsAndSuggestions() {
        navigate(ComplianceBoardView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> campaign = $(Select.class).id("board-campaign");
        test(campaign).selectItem("Triển khai cài đặt ứng dụng Bluezone (CV 4937/UBND-VHXH)");
        test($(DatePicker.class).id("board-day")).setValue(LocalDate.of(2020, 8, 20));
        @SuppressWarnings("unchecked")
        Grid<BoardRow> grid = $(Grid.class).id("board-grid");
        assertThat(test(grid).size()).isEqualTo(188);
        assertThat(test(grid).getRow(0).rank()).isEqualTo(1);
        assertThat(test(grid).getCellText(187, 0)).isEqualTo("188");
        // the light shown is the rules' light; the last commune (lowest coverage) is behind and flagged
        BoardRow first = test(grid).getRow(0);
        assertThat(test(grid).getCellText(0, 3)).isEqualTo(switch (first.finding().light()) {
            case GREEN -> "Đạt tiến độ";
            case AMBER -> "Gần đạt";
            case RED -> "Chậm";
        });
        assertThat(test(grid).getCellText(187, 3)).isEqualTo("Chậm");
        assertThat(test(grid).getCellText(187, 10)).contains("Độ bao phủ dưới 80 % chỉ tiêu theo tiến độ");
        assertThat(test(grid).getCellText(187, 11)).isIn("Nhắc nhở", "Phê bình");
    }
}
