package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;

import vn.gov.bluezone.TodaySpringTest;
import vn.gov.bluezone.TodayUnits;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.compliance.BoardLevel;
import vn.gov.bluezone.compliance.BoardRow;
import vn.gov.bluezone.compliance.ui.ComplianceBoardView;

/**
 * The board of a two-level province (Tây Ninh, the demo's live campaign) as its provincial officer
 * opens it: communes only, and beside each the districts its former communes belonged to.
 */
@TodaySpringTest
class TwoLevelBoardUiTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails(value = "tayninh.canbo", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theBoardRanksCommunesAndShowsTheirFormerDistricts() {
        navigate(ComplianceBoardView.class);
        // other tests of this context add campaigns of Tây Ninh: the demo's live one is chosen
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> campaign = $(Select.class).id("board-campaign");
        test(campaign).selectItem(TodayUnits.LIVE_CAMPAIGN);
        @SuppressWarnings("unchecked")
        Select<BoardLevel> level = $(Select.class).id("board-level");
        assertThat(level.getValue()).isEqualTo(BoardLevel.COMMUNE);
        assertThat(level.isReadOnly()).isTrue();
        assertThat(level.getHelperText()).contains("hai cấp");
        assertThat(level.getItemLabelGenerator().apply(level.getValue())).isEqualTo("Xã, phường, đặc khu");
        // a campaign on today's units has no other units to be shown on
        assertThat($(Anchor.class).all()).noneMatch(a -> a.getId().orElse("").equals("board-lineage"));

        @SuppressWarnings("unchecked")
        Grid<BoardRow> grid = $(Grid.class).id("board-grid");
        assertThat(test(grid).size()).isEqualTo(96);
        Grid.Column<BoardRow> parent = grid.getColumnByKey("parent");
        assertThat(parent.getHeaderText()).isEqualTo("Huyện cũ (trước 01/07/2025)");
        int parentColumn = grid.getColumns().indexOf(parent);
        int ducLap = IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).name().equals("Xã Đức Lập")).findFirst().orElseThrow();
        assertThat(test(grid).getCellText(ducLap, parentColumn)).isEqualTo("Huyện Đức Hòa");
    }
}
