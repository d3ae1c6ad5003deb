package vn.gov.bluezone.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.gov.bluezone.AsUser;
import vn.gov.bluezone.HistoricCampaign;
import vn.gov.bluezone.TodaySpringTest;
import vn.gov.bluezone.TodayUnits;
import vn.gov.bluezone.campaign.CampaignDetails;
import vn.gov.bluezone.campaign.CampaignService;
import vn.gov.bluezone.shared.PortalException;

/**
 * Campaign 4937 of Long An (2020) ranked on the communes of Tây Ninh it became part of (decision
 * 0031), with the real successor table: the rows add up to the campaign, the split commune has a
 * row of its own, nothing can be proposed on them, and the exports say what they rank.
 */
@TodaySpringTest
class TodayBoardTest {

    static final LocalDate DAY = LocalDate.of(2020, 8, 20);
    static final String LONG_AN_OFFICER = "tinh.sotttt";

    @Autowired
    ComplianceBoardService board;
    @Autowired
    ReprimandService reprimands;
    @Autowired
    BoardExport export;
    @Autowired
    CampaignService campaigns;
    @Autowired
    TodayUnits today;
    @Autowired
    AsUser as;

    CampaignDetails campaign;

    @BeforeEach
    void load() {
        today.load();
        campaign = HistoricCampaign.of(campaigns);
    }

    List<BoardRow> rows(BoardLevel level) {
        return as.call(LONG_AN_OFFICER, () -> board.board(campaign.id(), DAY, level));
    }

    @Test
    void theCommunesOfTodayAddUpToTheCampaignAndTheSplitCommuneStandsAlone() {
        List<BoardRow> communes = rows(BoardLevel.COMMUNE);
        List<BoardRow> todays = rows(BoardLevel.TODAY);
        assertThat(as.call(LONG_AN_OFFICER, () -> board.hasTodayUnits(campaign.id()))).isTrue();

        // 188 former communes: 60 communes of today, and Xã Tân Hòa (Bến Lức) split between two
        assertThat(todays).hasSize(61);
        assertThat(todays).allMatch(r -> r.level() == BoardLevel.TODAY && r.lineage() != null && !r.actionable());
        assertThat(todays.stream().mapToInt(BoardRow::communes).sum()).isEqualTo(188);
        assertThat(todays.stream().mapToLong(BoardRow::cumulative).sum())
                .isEqualTo(communes.stream().mapToLong(BoardRow::cumulative).sum());
        assertThat(todays.stream().mapToLong(BoardRow::denominator).sum())
                .isEqualTo(communes.stream().mapToLong(BoardRow::denominator).sum());
        assertThat(todays).extracting(BoardRow::rank).containsExactlyElementsOf(IntStream.rangeClosed(1, 61).boxed().toList());
        assertThat(todays).isSortedAccordingTo((a, b) -> Double.compare(b.coverage(), a.coverage()));

        BoardRow split = todays.stream().filter(r -> r.lineage().kind() == BoardRow.Lineage.Kind.SPLIT).findFirst()
                .orElseThrow();
        assertThat(split.name()).isEqualTo("Xã Tân Hòa (Huyện Bến Lức)");
        assertThat(split.communes()).isEqualTo(1);
        assertThat(split.lineage().names()).hasSize(2);
        BoardRow former = communes.stream().filter(r -> r.unitId() == split.unitId()).findFirst().orElseThrow();
        assertThat(split.cumulative()).isEqualTo(former.cumulative());

        // Xã Đức Lập (27964 since 2025) is formed from two communes of Đức Hòa, their figures summed
        BoardRow ducLap = todays.stream().filter(r -> r.code().equals("27964")).findFirst().orElseThrow();
        assertThat(ducLap.lineage().kind()).isEqualTo(BoardRow.Lineage.Kind.MERGED);
        assertThat(ducLap.communes()).isEqualTo(ducLap.lineage().names().size()).isGreaterThan(1);
        long formers = communes.stream().filter(r -> ducLap.lineage().names().contains(r.name())
                && "Huyện Đức Hòa".equals(r.parentName())).mapToLong(BoardRow::cumulative).sum();
        assertThat(ducLap.cumulative()).isEqualTo(formers);
        assertThat(new BoardTexts((key, args) -> key).parent(split)).isEqualTo("board.today.split");
    }

    @Test
    void nothingCanBeProposedOrDismissedOnTodaysUnits() {
        BoardRow first = rows(BoardLevel.TODAY).getFirst();
        assertThatThrownBy(() -> as.call(LONG_AN_OFFICER, () -> reprimands.propose(campaign.id(), DAY, BoardLevel.TODAY,
                List.of(new ProposalRequest(first.unitId(), ReprimandLevel.REMIND, "Độ bao phủ thấp")))))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reprimand.error.todayUnits"));
        assertThatThrownBy(() -> as.call(LONG_AN_OFFICER, () -> reprimands.dismiss(campaign.id(), DAY, BoardLevel.TODAY,
                first.unitId(), "Không cần")))
                .isInstanceOfSatisfying(PortalException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("reprimand.error.todayUnits"));
        assertThat(as.call(LONG_AN_OFFICER, () -> reprimands.ofDay(campaign.id(), DAY)))
                .noneMatch(p -> p.unitId() == first.unitId());
    }

    @Test
    void theExportsSayWhatTheyRank() throws IOException {
        byte[] xlsx = as.call(LONG_AN_OFFICER, () -> export.xlsx(campaign.id(), DAY, BoardLevel.TODAY,
                Locale.forLanguageTag("vi-VN")));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Xã cũ (trước 01/07/2025)");
            assertThat(sheet.getLastRowNum()).isEqualTo(61);
            assertThat(IntStream.rangeClosed(1, 61).mapToObj(i -> sheet.getRow(i).getCell(3).getStringCellValue()))
                    .anyMatch(text -> text.startsWith("Xã cũ chia cho: "));
        }
        String pdf = ReprimandWorkflowTest.text(as.call(LONG_AN_OFFICER, () -> export.pdf(campaign.id(), DAY,
                BoardLevel.TODAY))).replaceAll("\\s+", " ");
        assertThat(pdf).contains("XẾP HẠNG XÃ, PHƯỜNG HIỆN NAY (SAU 01/07/2025) THEO ĐỘ BAO PHỦ")
                .contains("Xã Đức Lập");
    }

    @Test
    void aCampaignOnTodaysUnitsHasNoOtherUnitsToShow() {
        CampaignDetails live = as.call(TodayUnits.TAY_NINH_OFFICER, () -> campaigns.visibleCampaigns()).stream()
                .filter(c -> c.provincePath().startsWith("/80@")).findFirst().orElseThrow();
        assertThat(as.call(TodayUnits.TAY_NINH_OFFICER, () -> board.hasTodayUnits(live.id()))).isFalse();
    }
}
