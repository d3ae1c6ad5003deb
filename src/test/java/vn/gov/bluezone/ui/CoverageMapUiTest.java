package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.gov.bluezone.HistoricCampaign;
import vn.gov.bluezone.TodaySpringTest;
import vn.gov.bluezone.TodayUnits;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.compliance.BoardLevel;
import vn.gov.bluezone.compliance.ui.ComplianceBoardView;
import vn.gov.bluezone.oversight.ui.DashboardView;
import vn.gov.bluezone.shared.ui.PortalChart;

/**
 * The coverage maps as officials open them on the demo of today: Tây Ninh's communes coloured by
 * the board's lights on the dashboard and the board, campaign 4937 of 2020 on the communes of today,
 * the national map of provinces for the administrator; tooltips carry names as text, never markup.
 */
@TodaySpringTest
class CoverageMapUiTest extends SpringBrowserlessTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String LIVE = TodayUnits.LIVE_CAMPAIGN;

    @Autowired
    TodayUnits today;
    @Autowired
    CampaignService campaigns;

    @BeforeEach
    void load() {
        today.load();
    }

    static JsonNode series(PortalChart chart) {
        return JSON.readTree(chart.getOptionJson()).get("series").get(0);
    }

    @Test
    @WithUserDetails(value = "tayninh.canbo", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theDashboardColoursTayNinhsCommunesByTheBoardsLights() {
        navigate(DashboardView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> campaign = $(Select.class).id("dashboard-campaign");
        test(campaign).selectItem(LIVE);
        PortalChart map = $(PortalChart.class).id("coverage-map");
        assertThat(map.getMapSource()).matches("units-\\d+ maps/units/\\d+\\.json");
        JsonNode series = series(map);
        assertThat(series.get("type").asString()).isEqualTo("map");
        assertThat(series.get("nameProperty").asString()).isEqualTo("code");
        JsonNode data = series.get("data");
        // the 96 communes of Tây Ninh, each in the campaign, each with a class of the legend
        assertThat(data.size()).isEqualTo(96);
        for (JsonNode item : data) {
            assertThat(item.get("value").asInt()).isBetween(0, 3);
            assertThat(item.get("tooltip").get("formatter").asString()).startsWith("<b>").contains("Đèn: ");
        }
        JsonNode pieces = JSON.readTree(map.getOptionJson()).get("visualMap").get("pieces");
        assertThat(pieces.findValuesAsString("label")).containsExactly("Đạt tiến độ", "Gần đạt", "Chậm",
                "Chưa có số liệu");
        assertThat($(Paragraph.class).id("coverage-map-note").getText()).startsWith("96 xã của chiến dịch");
        // not an administrator: no national map
        assertThat($(PortalChart.class).all()).noneMatch(c -> c.getId().orElse("").equals("province-map"));
        assertThat($(Anchor.class).all()).noneMatch(c -> c.getId().orElse("").equals("national-board-xlsx"));
    }

    @Test
    @WithUserDetails(value = "tayninh.canbo", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theBoardsMapHasTheBoardsLightForEachCommune() {
        navigate(ComplianceBoardView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> campaign = $(Select.class).id("board-campaign");
        test(campaign).selectItem(LIVE);
        JsonNode data = series($(PortalChart.class).id("coverage-map")).get("data");
        assertThat(data.size()).isEqualTo(96);
        long red = 0;
        for (JsonNode item : data) {
            red += item.get("value").asInt() == 2 ? 1 : 0;
        }
        assertThat(red).as("the demo's campaign has communes behind the pace").isPositive();
    }

    @Test
    @WithUserDetails(value = "tinh.sotttt", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void campaign4937IsDrawnOnTheCommunesOfToday() {
        navigate(ComplianceBoardView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> campaign = $(Select.class).id("board-campaign");
        test(campaign).selectItem(HistoricCampaign.of(campaigns).name());
        test($(DatePicker.class).id("board-day")).setValue(LocalDate.of(2020, 8, 20));
        // Long An's communes of 2020 have no shapes: the map falls back to the communes of today, and says so
        assertThat($(Paragraph.class).id("coverage-map-note").getText()).startsWith("Các xã của chiến dịch (danh mục cũ)");
        JsonNode fallback = series($(PortalChart.class).id("coverage-map")).get("data");
        assertThat(fallback.size()).isEqualTo(96);

        @SuppressWarnings("unchecked")
        Select<BoardLevel> level = $(Select.class).id("board-level");
        level.setValue(BoardLevel.TODAY);
        PortalChart map = $(PortalChart.class).id("coverage-map");
        JsonNode data = series(map).get("data");
        List<JsonNode> drawn = new java.util.ArrayList<>();
        data.forEach(item -> {
            if (item.has("value")) {
                drawn.add(item);
            }
        });
        // 60 communes of today hold Long An's former communes; the other 36 of Tây Ninh are named, uncoloured
        assertThat(drawn).hasSize(60);
        assertThat(data.size()).isEqualTo(96);
        assertThat($(Paragraph.class).id("coverage-map-note").getText()).startsWith("60 xã, phường hiện nay")
                .contains("Xã Tân Hòa (Huyện Bến Lức)");
        JsonNode ducLap = drawn.stream().filter(item -> item.get("name").asString().equals("27964")).findFirst()
                .orElseThrow();
        assertThat(ducLap.get("tooltip").get("formatter").asString()).contains("Xã Đức Lập",
                "Xã Đức Lập Hạ, Xã Mỹ Hạnh Bắc");
    }

    @Test
    @WithUserDetails(value = "admin", setupBefore = TestExecutionEvent.TEST_EXECUTION)
    void theAdministratorSeesTheWholeCountry() {
        navigate(DashboardView.class);
        @SuppressWarnings("unchecked")
        Select<CampaignDetails> campaign = $(Select.class).id("dashboard-campaign");
        test(campaign).selectItem(LIVE);
        PortalChart national = $(PortalChart.class).id("province-map");
        assertThat(national.getMapSource()).isEqualTo("provinces maps/provinces.json");
        JsonNode data = series(national).get("data");
        assertThat(data.size()).isEqualTo(34);
        JsonNode tayNinh = null;
        for (JsonNode item : data) {
            if (item.get("name").asString().equals("80")) {
                tayNinh = item;
            }
        }
        assertThat(tayNinh).isNotNull();
        assertThat(tayNinh.get("tooltip").get("formatter").asString()).contains("Tỉnh Tây Ninh", LIVE);
        assertThat(tayNinh.get("value").asInt()).isBetween(0, 2);
        Anchor download = $(Anchor.class).id("national-board-xlsx");
        assertThat(download.getText()).isEqualTo("Tải bảng xếp hạng xã của cả nước (XLSX)");
        assertThat(download.isVisible()).as("the map's day is known: the download is offered").isTrue();
    }

}
