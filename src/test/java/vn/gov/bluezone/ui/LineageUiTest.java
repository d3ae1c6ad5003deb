package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.QueryParameters;

import vn.gov.bluezone.HistoricCampaign;
import vn.gov.bluezone.TodaySpringTest;
import vn.gov.bluezone.TodayUnits;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.compliance.BoardLevel;
import vn.gov.bluezone.compliance.BoardRow;
import vn.gov.bluezone.compliance.ui.ComplianceBoardView;
import vn.gov.bluezone.oversight.LineageRollup;
import vn.gov.bluezone.oversight.LineageRollupService.LineageCampaign;
import vn.gov.bluezone.oversight.ui.DashboardView;
import vn.gov.bluezone.oversight.ui.LineageView;
import vn.gov.bluezone.shared.ui.PortalChart;

/** Campaign 4937 on Tây Ninh's communes of today, as Tây Ninh's provincial officer opens it. */
@TodaySpringTest
class LineageUiTest extends SpringBrowserlessTest {

    @Autowired
    TodayUnits today;
    @Autowired
    CampaignService campaigns;

    @BeforeEach
    void load() {
        today.load();
    }

    @Test
    @WithUserDetails(value = TodayUnits.TAY_NINH_OFFICER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void todaysProvinceSeesTheCampaignOnItsCommunesGroupedOrNot() {
        navigate(LineageView.class);
        @SuppressWarnings("unchecked")
        Select<LineageCampaign> campaign = $(Select.class).id("lineage-campaign");
        // the live demo campaign is the latest; 4937 is chosen in the list
        test(campaign).selectItem("Triển khai cài đặt ứng dụng Bluezone (CV 4937/UBND-VHXH) (lịch sử địa bàn)");
        assertThat($(DatePicker.class).id("lineage-day").getValue()).isEqualTo(LocalDate.of(2020, 8, 20));
        assertThat($(Paragraph.class).id("lineage-history").isVisible()).isTrue();
        assertThat($(Paragraph.class).id("lineage-rule").getText()).contains("không được chia số liệu");

        @SuppressWarnings("unchecked")
        TreeGrid<Object> grid = $(TreeGrid.class).id("lineage-grid");
        int communes = test(grid).size();
        assertThat(communes).isEqualTo(60);
        @SuppressWarnings("unchecked")
        Grid<LineageRollup.Former> splits = $(Grid.class).id("lineage-splits");
        assertThat(test(splits).size()).isEqualTo(1);
        assertThat(test(splits).getCellText(0, 0)).isEqualTo("Xã Tân Hòa (Huyện Bến Lức)");
        // every former commune of Long An has a successor in Tây Ninh: no such section
        assertThat($(Grid.class).all()).noneMatch(g -> g.getId().orElse("").equals("lineage-without"));

        test($(Checkbox.class).id("lineage-group")).click();
        // 15 former districts (and perhaps a group of several) with their new communes under them
        assertThat(test(grid).size()).isGreaterThan(communes);
        assertThat($(Anchor.class).id("lineage-csv").getText()).isEqualTo("Xuất CSV");
    }

    @Test
    @WithUserDetails(value = TodayUnits.TAY_NINH_OFFICER, setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theBoardsLinkOpensItsCampaign() {
        long id = HistoricCampaign.idOf(campaigns);
        UI.getCurrent().navigate("lineage", QueryParameters.of("campaign", Long.toString(id)));
        @SuppressWarnings("unchecked")
        Select<LineageCampaign> campaign = $(Select.class).id("lineage-campaign");
        assertThat(campaign.getValue().campaign().id()).isEqualTo(id);
        assertThat(campaign.getValue().territoryHistory()).isTrue();
    }

    @Test
    @WithUserDetails(value = "tinh.sotttt", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theBoardRanksTheCampaignOnTodaysCommunesForReading() {
        navigate(ComplianceBoardView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> campaign = $(Select.class).id("board-campaign");
        test(campaign).selectItem(HistoricCampaign.of(campaigns).name());
        test($(DatePicker.class).id("board-day")).setValue(LocalDate.of(2020, 8, 20));
        @SuppressWarnings("unchecked")
        Select<BoardLevel> level = $(Select.class).id("board-level");
        assertThat(level.getListDataView().getItems()).containsExactly(BoardLevel.values());
        assertThat($(Anchor.class).id("board-lineage").isVisible()).isTrue();
        test(level).selectItem("Xã, phường hiện nay (sau 01/07/2025)");
        assertThat(level.getHelperText()).contains("Chỉ để xem");

        @SuppressWarnings("unchecked")
        Grid<BoardRow> grid = $(Grid.class).id("board-grid");
        assertThat(test(grid).size()).isEqualTo(61);
        Grid.Column<BoardRow> parent = grid.getColumnByKey("parent");
        assertThat(parent.getHeaderText()).isEqualTo("Xã cũ (trước 01/07/2025)");
        int row = IntStream.range(0, 61).filter(i -> test(grid).getRow(i).code().equals("27964")).findFirst()
                .orElseThrow();
        assertThat(test(grid).getRow(row).name()).isEqualTo("Xã Đức Lập");
        assertThat(test(grid).getCellText(row, grid.getColumns().indexOf(parent))).isEqualTo("Xã Đức Lập Hạ, Xã Mỹ Hạnh Bắc");
        // for reading only: no row can be chosen for a proposal
        assertThat(IntStream.range(0, 61).mapToObj(i -> test(grid).getRow(i))).noneMatch(BoardRow::actionable);
        assertThat($(Button.class).id("board-propose").isEnabled()).isFalse();
        assertThat($(Span.class).id("board-total").getText()).contains("61");
    }

    @Test
    @WithUserDetails(value = "tinh.sotttt", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theDashboardShowsTheCampaignOnTodaysCommunes() {
        navigate(DashboardView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> campaign = $(Select.class).id("dashboard-campaign");
        test(campaign).selectItem(HistoricCampaign.of(campaigns).name());
        test($(DatePicker.class).id("dashboard-day")).setValue(LocalDate.of(2020, 8, 20));
        Select<?> units = $(Select.class).id("dashboard-units");
        assertThat(units.isVisible()).isTrue();
        assertThat(test($(Grid.class).id("table-units")).size()).isEqualTo(15);

        test(units).selectItem("Xã, phường hiện nay");
        Grid<?> shares = $(Grid.class).id("table-units");
        // 60 communes of today and the former commune split between two
        assertThat(test(shares).size()).isEqualTo(61);
        assertThat(test(shares).getCellText(60, 0)).isEqualTo("Xã Tân Hòa (Huyện Bến Lức) — xã cũ chia cho nhiều xã");
        assertThat($(PortalChart.class).id("chart-units").getOptionJson()).contains("Xã Đức Lập");
        assertThat($(H3.class).all()).anyMatch(h -> h.getText().equals("Độ bao phủ theo xã, phường hiện nay (sau 01/07/2025)"));
    }
}
