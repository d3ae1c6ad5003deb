package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.HistoricCampaign;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.compliance.BoardLevel;
import vn.gov.bluezone.compliance.BoardRow;
import vn.gov.bluezone.compliance.ComplianceBoardService;
import vn.gov.bluezone.compliance.Proposal;
import vn.gov.bluezone.compliance.ProposalRequest;
import vn.gov.bluezone.compliance.ReprimandLevel;
import vn.gov.bluezone.compliance.ReprimandService;
import vn.gov.bluezone.compliance.ui.ComplianceBoardView;
import vn.gov.bluezone.compliance.ui.ReprimandsView;
import vn.gov.bluezone.oversight.ui.DashboardView;
import vn.gov.bluezone.oversight.ui.OversightView;
import vn.gov.bluezone.shared.ui.PortalChart;

/**
 * Dates read dd/MM/yyyy (and dd/MM beside a carried figure) everywhere on the chair's pages: the
 * board at both levels, the dashboard, the communes' reports and the reprimands of a demo day with
 * a decided proposal. Every text a user can see is collected (text nodes, labels, grid cells of
 * every row, cell tooltips, chart options) and none may hold a date with a one-digit day or month.
 */
@PortalSpringTest
class DateFormatsUiTest extends SpringBrowserlessTest {

    static final String HISTORIC = "Triển khai cài đặt ứng dụng Bluezone (CV 4937/UBND-VHXH)";
    static final LocalDate DAY = LocalDate.of(2020, 8, 17);

    /** d/M/yyyy or d/M with a one-digit day or month (not part of a longer number or reference). */
    static final Pattern DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(/\\d{4})?(?![\\d/])");

    @Autowired
    AsUser as;
    @Autowired
    ReprimandService reprimands;
    @Autowired
    ComplianceBoardService boards;
    @Autowired
    CampaignService campaigns;

    static List<String> unpadded(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = DATE.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).length() == 1 || matcher.group(2).length() == 1) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    @Test
    void theCheckFindsWhatTheOfficialSaw() {
        assertThat(unpadded("ngày 20/8/2020, số liệu ngày 5/08")).containsExactly("20/8/2020", "5/08");
        assertThat(unpadded("20/08/2020 15:00:01; 3.848 (ngày 12/08); CV 05/UBND-VHXH; 4937/UBND")).isEmpty();
    }

    @Test
    @WithUserDetails("tinh.lanhdao")
    @SuppressWarnings("unchecked")
    void noPageOfTheChairShowsADateWithoutLeadingZeros() {
        long campaign = idOfHistoric();
        Proposal proposal = as.call("tinh.sotttt", () -> {
            BoardRow flagged = boards.board(campaign, DAY, BoardLevel.COMMUNE).stream().filter(BoardRow::actionable)
                    .findFirst().orElseThrow();
            return reprimands.propose(campaign, DAY, BoardLevel.COMMUNE,
                    List.of(new ProposalRequest(flagged.unitId(), ReprimandLevel.REMIND, "Kết quả thấp"))).getFirst();
        });
        reprimands.decide(proposal.id(), true, "Đồng ý", proposal.version());

        List<String> texts = new ArrayList<>();
        navigate(ComplianceBoardView.class);
        choose("board-campaign", "board-day");
        // the levels the board offers for the campaign
        for (BoardLevel level : ((Select<BoardLevel>) $(Select.class).id("board-level")).getListDataView().getItems()
                .toList()) {
            navigate(ComplianceBoardView.class);
            choose("board-campaign", "board-day");
            ((Select<BoardLevel>) $(Select.class).id("board-level")).setValue(level);
            texts.addAll(visibleTexts());
        }
        navigate(DashboardView.class);
        choose("dashboard-campaign", "dashboard-day");
        texts.addAll(visibleTexts());
        navigate(OversightView.class);
        choose("oversight-campaign", "oversight-day");
        test($(DatePicker.class).id("oversight-from")).setValue(DAY.minusDays(3));
        texts.addAll(visibleTexts());
        navigate(ReprimandsView.class);
        choose("reprimands-campaign", "reprimands-day");
        List<String> reprimandTexts = visibleTexts();
        texts.addAll(reprimandTexts);

        // the walk did see dates: the proposal's time, the dashboard's days, the carried figures
        assertThat(String.join("\n", reprimandTexts)).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(String.join("\n", texts)).contains("17/08/2020", "(ngày ");
        assertThat(texts.stream().flatMap(t -> unpadded(t).stream()).toList()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void choose(String campaignId, String dayId) {
        test((Select<CampaignDetails>) $(Select.class).id(campaignId)).selectItem(HISTORIC);
        test($(DatePicker.class).id(dayId)).setValue(DAY);
    }

    private List<String> visibleTexts() {
        List<String> texts = new ArrayList<>();
        texts.add(UI.getCurrent().getElement().getTextRecursively());
        collect(UI.getCurrent(), texts);
        return texts;
    }

    private void collect(Component component, List<String> texts) {
        Element element = component.getElement();
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        if (!component.isVisible()) {
            return;
        }
        for (String property : List.of("label", "helperText", "placeholder", "title", "summary", "errorMessage")) {
            String value = element.getProperty(property);
            if (value != null) {
                texts.add(value);
            }
        }
        if (element.hasAttribute("title")) {
            texts.add(element.getAttribute("title"));
        }
        if (component instanceof Details details && details.getSummaryText() != null) {
            texts.add(details.getSummaryText());
        }
        if (component instanceof PortalChart chart) {
            texts.add(chart.getOptionJson());
        }
        if (component instanceof Grid<?> grid) {
            cells(grid, texts);
        }
        component.getChildren().forEach(child -> collect(child, texts));
    }

    /** Every cell's text and tooltip, row by row, of the visible columns. */
    private <T> void cells(Grid<T> grid, List<String> texts) {
        List<Grid.Column<T>> columns = grid.getColumns().stream().filter(Grid.Column::isVisible).toList();
        var tester = test(grid);
        for (int row = 0; row < tester.size(); row++) {
            T item = tester.getRow(row);
            for (int column = 0; column < columns.size(); column++) {
                Grid.Column<T> col = columns.get(column);
                texts.add(col.getHeaderText() == null ? "" : col.getHeaderText());
                try {
                    texts.add(tester.getCellText(row, column));
                } catch (IllegalArgumentException componentCell) {
                    Component cell = tester.getCellComponent(row, column);
                    texts.add(cell.getElement().getTextRecursively());
                }
                if (col.getTooltipGenerator() != null) {
                    String tooltip = col.getTooltipGenerator().apply(item);
                    texts.add(tooltip == null ? "" : tooltip);
                }
            }
        }
    }

    long idOfHistoric() {
        return HistoricCampaign.idOf(campaigns);
    }
}
