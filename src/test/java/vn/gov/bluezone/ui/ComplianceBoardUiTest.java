package vn.gov.bluezone.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.HistoricCampaign;
import vn.gov.bluezone.PortalSpringTest;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.compliance.BoardLevel;
import vn.gov.bluezone.compliance.BoardRow;
import vn.gov.bluezone.compliance.ComplianceBoardService;
import vn.gov.bluezone.compliance.ProposalRequest;
import vn.gov.bluezone.compliance.ReprimandLevel;
import vn.gov.bluezone.compliance.Proposal;
import vn.gov.bluezone.compliance.ProposalStatus;
import vn.gov.bluezone.compliance.ReprimandService;
import vn.gov.bluezone.compliance.Suggestion;
import vn.gov.bluezone.shared.VietnameseFormats;
import vn.gov.bluezone.compliance.ui.ComplianceBoardView;
import vn.gov.bluezone.compliance.ui.ReprimandsView;

/**
 * The board and the workflow screens on the historic campaign 4937: the chair's ranked board at
 * both levels with the province total, the officer's proposal dialog, the chair's decision and the
 * dispatch link.
 */
@PortalSpringTest
class ComplianceBoardUiTest extends SpringBrowserlessTest {

    static final String CAMPAIGN = "Triển khai cài đặt ứng dụng Bluezone (CV 4937/UBND-VHXH)";

    @Autowired
    AsUser as;
    @Autowired
    ReprimandService reprimands;
    @Autowired
    ComplianceBoardService boards;
    @Autowired
    CampaignService campaigns;

    @SuppressWarnings("unchecked")
    Grid<BoardRow> board(LocalDate day, BoardLevel level) {
        navigate(ComplianceBoardView.class);
        test((Select<CampaignDetails>) $(Select.class).id("board-campaign")).selectItem(CAMPAIGN);
        test($(DatePicker.class).id("board-day")).setValue(day);
        ((Select<BoardLevel>) $(Select.class).id("board-level")).setValue(level);
        return $(Grid.class).id("board-grid");
    }

    static int column(Grid<BoardRow> grid, String header) {
        List<Grid.Column<BoardRow>> columns = grid.getColumns().stream().filter(Grid.Column::isVisible).toList();
        for (int i = 0; i < columns.size(); i++) {
            if (header.equals(columns.get(i).getHeaderText())) {
                return i;
            }
        }
        throw new AssertionError("no column " + header);
    }

    @Test
    @WithUserDetails("tinh.lanhdao")
    void theChairSeesEveryCommuneRankedWithLightsFlagsAndSuggestions() {
        Grid<BoardRow> grid = board(LocalDate.of(2020, 8, 20), BoardLevel.COMMUNE);
        assertThat(test(grid).size()).isEqualTo(188);
        assertThat(test(grid).getRow(0).rank()).isEqualTo(1);
        assertThat(test(grid).getCellText(187, 0)).isEqualTo("188");
        BoardRow first = test(grid).getRow(0);
        int light = column(grid, "Đèn");
        assertThat(test(grid).getCellText(0, light)).isEqualTo(switch (first.finding().light()) {
            case GREEN -> "Đạt tiến độ";
            case AMBER -> "Gần đạt";
            case RED -> "Chậm";
        });
        assertThat(test(grid).getCellText(187, light)).isEqualTo("Chậm");
        assertThat(test(grid).getCellText(187, column(grid, "Cờ cảnh báo")))
                .contains("Độ bao phủ dưới 80 % chỉ tiêu theo tiến độ");
        assertThat(test(grid).getCellText(187, column(grid, "Đề xuất"))).isIn("Nhắc nhở", "Phê bình");
        assertThat($(Button.class).withId("board-propose").exists()).isFalse();
    }

    @Test
    @WithUserDetails("tinh.lanhdao")
    void theDistrictLevelRollsUpAndTheProvinceRowIsTheSeedCheck() {
        Grid<BoardRow> grid = board(LocalDate.of(2020, 8, 13), BoardLevel.DISTRICT);
        assertThat(test(grid).size()).isEqualTo(15);
        assertThat(test(grid).getRow(0).communes() + test(grid).getRow(14).communes()).isPositive();
        assertThat($(Span.class).id("board-total").getText())
                .startsWith("Tổng 15 đơn vị: 187.315 lượt cài đặt, đạt 11,09 % dân số");
        assertThat($(Anchor.class).id("board-xlsx").getText()).isEqualTo("Tải bảng (XLSX)");
        assertThat($(Anchor.class).id("board-pdf").getText()).isEqualTo("Tải bảng (PDF)");
    }

    @Test
    @WithUserDetails("tinh.sotttt")
    void theOfficerProposesSelectedDistrictsWithTheReasonPrefilledAndEditable() {
        LocalDate day = LocalDate.of(2020, 8, 19);
        Grid<BoardRow> grid = board(day, BoardLevel.DISTRICT);
        BoardRow flagged = grid.getGenericDataView().getItems().filter(BoardRow::actionable).findFirst().orElseThrow();
        assertThat($(Button.class).id("board-propose").isEnabled()).isFalse();
        grid.select(flagged);
        assertThat($(Button.class).id("board-propose").isEnabled()).isTrue();
        test($(Button.class).id("board-propose")).click();

        TextArea reason = $(TextArea.class).id("proposal-reason-0");
        assertThat(reason.getValue()).isNotBlank();
        test(reason).setValue("");
        test($(Button.class).id("proposal-submit")).click();
        assertThat(reason.isInvalid()).isTrue();
        test(reason).setValue(reason.getValue() + "Chậm triển khai, đề nghị rút kinh nghiệm");
        test($(Button.class).id("proposal-submit")).click();

        BoardRow after = grid.getGenericDataView().getItems().filter(r -> r.unitId() == flagged.unitId()).findFirst()
                .orElseThrow();
        assertThat(after.reprimand().status()).isEqualTo(ProposalStatus.PROPOSED);
        assertThat(after.reprimand().reason()).isEqualTo("Chậm triển khai, đề nghị rút kinh nghiệm");
        assertThat(after.actionable()).isFalse();
    }

    @Test
    @WithUserDetails("tinh.lanhdao")
    @SuppressWarnings("unchecked")
    void theChairApprovesAProposalAndIssuesTheDispatch() {
        LocalDate day = LocalDate.of(2020, 8, 18);
        long campaignId = as.call("tinh.sotttt", () -> {
            List<BoardRow> rows = reprimandsBoard(day);
            BoardRow flagged = rows.stream().filter(BoardRow::actionable).findFirst().orElseThrow();
            reprimands.propose(idOfHistoric(), day, BoardLevel.DISTRICT,
                    List.of(new ProposalRequest(flagged.unitId(), ReprimandLevel.REMIND, "Kết quả thấp")));
            return idOfHistoric();
        });
        navigate(ReprimandsView.class);
        test((Select<CampaignDetails>) $(Select.class).id("reprimands-campaign")).selectItem(CAMPAIGN);
        test($(DatePicker.class).id("reprimands-day")).setValue(day);
        @SuppressWarnings("unchecked")
        Grid<Proposal> grid = $(Grid.class).id("reprimands-grid");
        Proposal open = grid.getGenericDataView().getItems().filter(Proposal::open).findFirst().orElseThrow();
        assertThat($(Button.class).id("reprimands-issue").isEnabled()).isFalse();
        int row = grid.getGenericDataView().getItems().toList().indexOf(open);
        int decide = grid.getColumns().indexOf(grid.getColumnByKey("decide"));
        int proposer = grid.getColumns().indexOf(grid.getColumnByKey("proposedBy"));
        assertThat(test(grid).getCellText(row, proposer))
                .matches("Nguyễn Thị Thông, Cán bộ cấp tỉnh, \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
        assertThat(grid.getColumnByKey("proposedBy").getTooltipGenerator().apply(open)).isEqualTo("Tài khoản: tinh.sotttt");
        Button approve = (Button) test(grid).getCellComponent(row, decide).getChildren().findFirst().orElseThrow();
        assertThat(approve.getId()).contains("approve-" + open.id());
        test(approve).click();
        test($(TextArea.class).id("decision-note")).setValue("Đồng ý");
        test($(Button.class).id("decision-confirm")).click();
        assertThat(grid.getGenericDataView().getItems().filter(p -> p.id() == open.id()).findFirst().orElseThrow()
                .status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(test(grid).getCellText(row, grid.getColumns().indexOf(grid.getColumnByKey("decision"))))
                .isEqualTo("Đồng ý — Trần Văn Lãnh");
        test($(Button.class).id("reprimands-issue")).click();
        Proposal dispatched = grid.getGenericDataView().getItems().filter(p -> p.id() == open.id()).findFirst()
                .orElseThrow();
        assertThat(dispatched.dispatchReference()).endsWith("/UBND-VHXH");
        assertThat($(Anchor.class).id("dispatch-" + dispatched.dispatchId()).getText())
                .isEqualTo("Tải công văn " + dispatched.dispatchReference());
        assertThat(campaignId).isPositive();
    }

    @Test
    @WithUserDetails("tinh.lanhdao")
    void aCommuneThatDidNotReportShowsItsFigureWithItsDayAndOneThatNeverDidShowsADash() {
        LocalDate day = LocalDate.of(2020, 8, 20);
        Grid<BoardRow> grid = board(day, BoardLevel.COMMUNE);
        int figure = column(grid, "Lượt cài đặt (số liệu có hiệu lực)");
        int coverage = column(grid, "Độ bao phủ");
        int carried = 0;
        for (int i = 0; i < test(grid).size(); i++) {
            BoardRow row = test(grid).getRow(i);
            String count = VietnameseFormats.count(row.cumulative());
            if (row.figureDate() == null) {
                assertThat(test(grid).getCellText(i, figure)).isEqualTo("—");
                assertThat(test(grid).getCellText(i, coverage)).isEqualTo("—");
            } else if (row.figureDate().isBefore(day)) {
                carried++;
                assertThat(test(grid).getCellText(i, figure))
                        .isEqualTo(count + " (ngày " + DateTimeFormatter.ofPattern("dd/MM").format(row.figureDate()) + ")");
                assertThat(grid.getColumnByKey("figure").getTooltipGenerator().apply(row))
                        .contains("báo cáo gần nhất, ngày " + VietnameseFormats.date(row.figureDate()));
                assertThat(test(grid).getCellText(i, coverage)).endsWith("%");
            } else {
                assertThat(row.figureDate()).isEqualTo(day);
                assertThat(test(grid).getCellText(i, figure)).isEqualTo(count);
                assertThat(grid.getColumnByKey("figure").getTooltipGenerator().apply(row)).isNull();
            }
        }
        // about one commune in twenty skips a day in the demo data: the test needs some
        assertThat(carried).isPositive();
        Span note = $(Span.class).id("board-figures");
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).startsWith("Số liệu ngày 20/08/2020: " + carried + " xã không báo cáo ngày này");

        // a district says how many of its communes are on an earlier day's figure
        Grid<BoardRow> districts = board(day, BoardLevel.DISTRICT);
        int districtFigure = column(districts, "Lượt cài đặt (số liệu có hiệu lực)");
        int carriedInDistricts = 0;
        for (int i = 0; i < test(districts).size(); i++) {
            BoardRow row = test(districts).getRow(i);
            carriedInDistricts += row.carriedCommunes();
            String text = test(districts).getCellText(i, districtFigure);
            assertThat(text).startsWith(VietnameseFormats.count(row.cumulative()));
            if (row.carriedCommunes() > 0) {
                assertThat(text).contains("(" + row.carriedCommunes() + " xã dùng số liệu ngày trước");
            } else {
                assertThat(text).doesNotContain("ngày trước");
            }
            assertThat(districts.getColumnByKey("figure").getTooltipGenerator().apply(row))
                    .startsWith("Tổng số liệu đang có hiệu lực của các xã");
        }
        assertThat(carriedInDistricts).isEqualTo(carried);
    }

    @Test
    @WithUserDetails("tinh.sotttt")
    void rowsTheOfficerCannotProposeHaveNoCheckBoxAndSayWhy() throws Exception {
        LocalDate day = LocalDate.of(2020, 8, 16);
        Grid<BoardRow> grid = board(day, BoardLevel.COMMUNE);
        BoardRow flagged = grid.getGenericDataView().getItems().filter(BoardRow::actionable).findFirst().orElseThrow();
        BoardRow quiet = grid.getGenericDataView().getItems()
                .filter(r -> r.finding().suggestion() == Suggestion.NONE).findFirst().orElseThrow();
        Grid.Column<BoardRow> coverage = grid.getColumnByKey("coverage");
        assertThat(selectable(grid, flagged)).isTrue();
        assertThat(coverage.getTooltipGenerator().apply(flagged)).isNull();
        assertThat(selectable(grid, quiet)).isFalse();
        assertThat(coverage.getTooltipGenerator().apply(quiet))
                .isEqualTo("Không chọn được: đơn vị không bị gắn cờ, không có gợi ý xử lý");

        reprimands.propose(idOfHistoric(), day, BoardLevel.COMMUNE,
                List.of(new ProposalRequest(flagged.unitId(), ReprimandLevel.REMIND, "Kết quả thấp")));
        grid = board(day, BoardLevel.COMMUNE);
        BoardRow proposed = grid.getGenericDataView().getItems().filter(r -> r.unitId() == flagged.unitId()).findFirst()
                .orElseThrow();
        assertThat(selectable(grid, proposed)).isFalse();
        assertThat(grid.getColumnByKey("coverage").getTooltipGenerator().apply(proposed))
                .isEqualTo("Không chọn được: đơn vị đã có đề xuất đang chờ Chủ tịch duyệt");
    }

    /** Whether the grid lets the user tick the row (what the client hides the check box by). */
    static boolean selectable(Grid<BoardRow> grid, BoardRow row) throws ReflectiveOperationException {
        Method method = Grid.class.getDeclaredMethod("isItemSelectable", Object.class);
        method.setAccessible(true);
        return (boolean) method.invoke(grid, row);
    }

    List<BoardRow> reprimandsBoard(LocalDate day) {
        return boards.board(idOfHistoric(), day, BoardLevel.DISTRICT);
    }

    long idOfHistoric() {
        return HistoricCampaign.idOf(campaigns);
    }
}
